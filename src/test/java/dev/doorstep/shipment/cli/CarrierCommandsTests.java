package dev.doorstep.shipment.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.doorstep.support.ChildApplication;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierCommandsTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return CarrierCommands.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void detectPrintsRankedCandidatesAsJson() {
		assertThat(run("detect", "1Z5R", "8939", "0357", "5671", "27")).isZero();
		String json = this.out.toString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"trackingNumber\" : \"1Z5R89390357567127\"");
		assertThat(json.indexOf("\"carrier\" : \"ups\"")).isPositive();
		assertThat(json).contains("\"checksumValid\" : true");
	}

	@Test
	void detectWithoutMatchExitsTwoAndUsageErrorsExitOne() {
		assertThat(run("detect", "nothing-like-it")).isEqualTo(CarrierCommands.NOT_FOUND);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("\"candidates\" : [ ]");
		assertThat(run("detect")).isEqualTo(CarrierCommands.USAGE);
		assertThat(run("launch")).isEqualTo(CarrierCommands.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: doorstep carriers detect");
	}

	@Test
	void theJarsMainRunsItWithoutServerOrDatabase() throws Exception {
		List<String> output = ChildApplication.runUntil(List.of("carriers", "detect", "RR123456785DE"), Map.of(),
				line -> false);
		String text = String.join("\n", output);
		assertThat(text).contains("\"carrier\" : \"deutsche-post\"")
			.doesNotContain("Tomcat")
			.doesNotContain("EmbeddedPostgres");
	}

}
