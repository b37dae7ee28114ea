package dev.doorstep.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.doorstep.support.ChildApplication;

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
		List<String> output = ChildApplication.runUntil(
				List.of("--server.port=0", "--doorstep.runtime.data-dir=" + data, "--doorstep.demo.enabled=true",
						"--doorstep.demo.orders=20", "--doorstep.shop.bootstrap-shop=", "--doorstep.shop.admin-email="),
				Map.of(), line -> line.contains("DOORSTEP_DEMO=false"));
		List<String> banner = output.stream().dropWhile(line -> !line.contains("Doorstep demo:")).toList();
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
