package dev.doorstep.history.cli;

import java.io.PrintStream;

import dev.doorstep.history.ImportProgress;

/**
 * A one-line bar on stderr, redrawn in place ({@code \r}) at most every 100 ms and at the
 * end: {@code [##########----------]  50% 1200/2400 rows}.
 */
final class ProgressBar implements ImportProgress {

	private static final int WIDTH = 30;

	private final PrintStream err;

	private long drawnAt;

	private int done;

	private int total;

	ProgressBar(PrintStream err) {
		this.err = err;
	}

	@Override
	public void rows(int done, int total) {
		this.done = done;
		this.total = total;
		long now = System.nanoTime();
		if (done >= total || now - this.drawnAt > 100_000_000L) {
			this.drawnAt = now;
			draw();
		}
	}

	void finish() {
		draw();
		this.err.println();
		this.err.flush();
	}

	private void draw() {
		this.err.print("\r" + render(this.done, this.total));
		this.err.flush();
	}

	static String render(int done, int total) {
		int percent = total == 0 ? 100 : (int) (100L * done / total);
		int filled = WIDTH * percent / 100;
		return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + " "
				+ done + "/" + total + " rows";
	}

}
