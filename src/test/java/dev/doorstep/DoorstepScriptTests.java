package dev.doorstep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's commands go through {@code ./doorstep}, which must find a JDK 21+ by
 * itself and fail clearly when there is none.
 */
class DoorstepScriptTests {

	record Result(int exitCode, String output) {
	}

	private static Result run(Map<String, String> env) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", "doorstep", "jdk").redirectErrorStream(true);
		builder.environment().remove("JAVA_HOME");
		builder.environment().putAll(env);
		Process process = builder.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(),
				new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	@Test
	void findsAJdk21OrNewerWithoutJavaHome() throws Exception {
		Result result = run(Map.of());
		assertThat(result.exitCode()).isZero();
		Path jdk = Path.of(result.output().strip());
		Process version = new ProcessBuilder(jdk.resolve("bin/java").toString(), "-version").redirectErrorStream(true)
			.start();
		String printed = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int major = Integer.parseInt(printed.replaceAll("(?s).*version \"(\\d+).*", "$1"));
		assertThat(major).isGreaterThanOrEqualTo(21);
	}

	@Test
	void failsWithAClearMessageWhenOnlyAnOldJdkExists() throws Exception {
		// Only the machine's default JDK 17 is visible: on PATH, no install dirs, no
		// JAVA_HOME.
		Result result = run(Map.of("DOORSTEP_JDK_DIRS", "/nonexistent", "PATH", "/usr/bin:/bin"));
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("needs a JDK 21 or newer").contains("apt-get install");
	}

}
