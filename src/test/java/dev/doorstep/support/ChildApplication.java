package dev.doorstep.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.doorstep.DoorstepApplication;

/**
 * Doorstep in a child JVM on the test class path, for tests about how the real process
 * starts (environment variables, first start, data directory) that the shared test
 * context cannot show.
 */
public final class ChildApplication {

	private ChildApplication() {
	}

	/**
	 * Starts the application with these arguments and environment, reads its output until
	 * {@code last} matches a line or 60 seconds pass, then stops it.
	 * @return every line printed until then
	 */
	public static List<String> runUntil(List<String> arguments, Map<String, String> environment, Predicate<String> last)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), DoorstepApplication.class.getName()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		List<String> lines = new ArrayList<>();
		try {
			BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			String line;
			while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
				lines.add(line);
				if (last.test(line)) {
					break;
				}
			}
		}
		finally {
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		return lines;
	}

	/**
	 * Starts the application in the background on the main class path only: without the
	 * test initializers (the shared GreenMail and WireMock), so it uses the servers the
	 * test gives it. The caller stops it (or kills it: {@link Running#kill()}).
	 */
	public static Running start(List<String> arguments, Map<String, String> environment) throws IOException {
		String mainClassPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
			.collect(Collectors.joining(File.pathSeparator));
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-XX:TieredStopAtLevel=1", "-cp", mainClassPath, DoorstepApplication.class.getName()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Running running = new Running(builder.start());
		Thread.ofPlatform().daemon().name("child-output").start(running::read);
		return running;
	}

	/** A child application running in the background; its output is kept. */
	public static final class Running {

		private final Process process;

		private final List<String> lines = new ArrayList<>();

		Running(Process process) {
			this.process = process;
		}

		private void read() {
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = output.readLine()) != null) {
					synchronized (this.lines) {
						this.lines.add(line);
						this.lines.notifyAll();
					}
				}
			}
			catch (IOException ex) {
				// the process is gone
			}
		}

		/** Waits until a line matches, the process exits, or the time is up. */
		public String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			int seen = 0;
			synchronized (this.lines) {
				while (true) {
					for (; seen < this.lines.size(); seen++) {
						if (wanted.test(this.lines.get(seen))) {
							return this.lines.get(seen);
						}
					}
					long left = deadline - System.nanoTime();
					if (left <= 0 || !this.process.isAlive()) {
						throw new IllegalStateException("no such line from the child; last output:\n" + String
							.join("\n", this.lines.subList(Math.max(0, this.lines.size() - 40), this.lines.size())));
					}
					this.lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
				}
			}
		}

		/** The last lines it printed, for a failure message. */
		public String tail(int count) {
			synchronized (this.lines) {
				return String.join("\n", this.lines.subList(Math.max(0, this.lines.size() - count), this.lines.size()));
			}
		}

		/** Like {@code kill -9}: no shutdown hook, no graceful anything. */
		public void kill() throws InterruptedException {
			this.process.destroyForcibly();
			this.process.waitFor(20, TimeUnit.SECONDS);
		}

		/** A normal stop (SIGTERM), killed if it takes longer than the timeout. */
		public void stop(Duration timeout) throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				kill();
			}
		}

	}

}
