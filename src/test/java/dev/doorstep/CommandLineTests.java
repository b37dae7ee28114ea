package dev.doorstep;

import java.util.List;
import java.util.Map;

import dev.doorstep.support.ChildApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's first argument picks an offline command; anything else that is not a Spring
 * option answers with the usage instead of starting a server and a database.
 */
class CommandLineTests {

	@Test
	void helpPrintsTheCommandsAndStartsNothing() throws Exception {
		List<String> output = ChildApplication.runUntil(List.of("help"), Map.of(), line -> false);
		assertThat(String.join("\n", output))
			.contains("Usage:", "carriers parse|detect", "delivery backtest", "recommend evaluate")
			.doesNotContain("Tomcat", "EmbeddedPostgres");
	}

	@Test
	void recommendEvaluateRunsWithoutServerOrDatabase() throws Exception {
		java.nio.file.Path baskets = java.nio.file.Files.createTempFile("baskets", ".txt");
		java.nio.file.Files.writeString(baskets, "a,b\na,b\nb,c\na,b\na,b\n");
		List<String> output = ChildApplication
			.runUntil(List.of("recommend", "evaluate", baskets.toString(), "--k", "1"), Map.of(), line -> false);
		assertThat(String.join("\n", output)).contains("\"baskets_train\" : 4", "\"cases\" : 2", "\"hit_rate\" : 1.0")
			.doesNotContain("Tomcat", "EmbeddedPostgres");
	}

	@Test
	void anUnknownCommandIsRefusedWithTheUsage() throws Exception {
		List<String> output = ChildApplication.runUntil(List.of("recomend", "evaluate"), Map.of(), line -> false);
		assertThat(String.join("\n", output)).contains("Usage:").doesNotContain("Tomcat", "EmbeddedPostgres");
	}

}
