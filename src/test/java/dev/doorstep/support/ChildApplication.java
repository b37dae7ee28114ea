package dev.doorstep.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

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

}
