package dev.doorstep.demo;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.doorstep.DoorstepApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real application, started like the jar with the demo on and an empty data
 * directory, seeds and prints the banner with a working password file.
 */
class DemoFirstStartTests {

	@TempDir
	Path temp;

	@Test
	void firstStartSeedsAndPrintsTheBanner() throws Exception {
		Path data = this.temp.resolve("data");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				DoorstepApplication.class.getName(), "--server.port=0", "--doorstep.runtime.data-dir=" + data,
				"--doorstep.demo.enabled=true", "--doorstep.demo.orders=20", "--doorstep.shop.bootstrap-shop=",
				"--doorstep.shop.admin-email=")
			.redirectErrorStream(true)
			.start();
		List<String> banner = new ArrayList<>();
		try {
			BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			String line;
			while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
				if (line.contains("Doorstep demo:") || !banner.isEmpty()) {
					banner.add(line);
				}
				if (line.contains("DOORSTEP_DEMO=false")) {
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
		String text = String.join("\n", banner);
		assertThat(text).contains("Demo Outfitters", "/console", "demo@doorstep.local", "/t/");
		String password = banner.stream()
			.filter(l -> l.contains("Password:"))
			.findFirst()
			.orElseThrow()
			.replaceAll(".*Password: ", "")
			.trim();
		assertThat(password).hasSize(16);
		assertThat(Files.readString(data.resolve("demo-credentials.txt"))).contains(password);
		assertThat(text).doesNotContain("@example.com");
	}

}
