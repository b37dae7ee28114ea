package dev.doorstep.support;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar doorstep.jar support evaluate}: JSON accuracy per language, no server.
 */
class SupportCommandLineTests {

	@Test
	void evaluatePrintsAccuracyPerLanguageOnTheHeldApartSet() throws Exception {
		List<String> output = ChildApplication.runUntil(
				List.of("support", "evaluate", "--test", "src/test/resources/support/heldout"), Map.of(),
				line -> false);
		String json = String.join("\n", output);
		assertThat(json).contains("\"method\" : \"held-apart", "\"en\" : {", "\"de\" : {", "\"questions\" : 20")
			.doesNotContain("Tomcat", "EmbeddedPostgres");
		tools.jackson.databind.JsonNode tree = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(json.substring(json.indexOf('{'), json.lastIndexOf('}') + 1));
		assertThat(tree.at("/languages/en/accuracy").asDouble()).isGreaterThanOrEqualTo(0.85);
		assertThat(tree.at("/languages/de/accuracy").asDouble()).isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void evaluateWithoutATestSetCrossValidates() throws Exception {
		List<String> output = ChildApplication.runUntil(List.of("support", "evaluate", "--folds", "3"), Map.of(),
				line -> false);
		assertThat(String.join("\n", output)).contains("3-fold cross-validation", "\"accuracy\"");
	}

}
