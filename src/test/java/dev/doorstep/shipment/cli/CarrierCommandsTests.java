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

	private static final String DHL = "src/test/resources/shipment/carrier/dhl/";

	@Test
	void parsePrintsTheNormalizedTrackingNewestLast() throws Exception {
		assertThat(run("parse", "--carrier", "dhl", DHL + "delivered.json")).isZero();

		tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(json.propertyNames()).containsSubsequence("trackingNumber", "carrier", "status", "subStatus",
				"delivered", "deliveredAt", "signedBy", "estimatedDelivery", "events");
		assertThat(json.path("carrier").asString()).isEqualTo("dhl");
		assertThat(json.path("status").asString()).isEqualTo("DELIVERED");
		assertThat(json.path("delivered").asBoolean()).isTrue();
		assertThat(json.path("deliveredAt").asString()).isNotBlank();
		tools.jackson.databind.JsonNode events = json.path("events");
		assertThat(events.size()).isGreaterThan(1);
		assertThat(events.get(events.size() - 1).path("status").asString()).isEqualTo("DELIVERED");
		for (int i = 1; i < events.size(); i++) {
			assertThat(java.time.Instant.parse(events.get(i).path("occurredAt").asString()))
				.isAfterOrEqualTo(java.time.Instant.parse(events.get(i - 1).path("occurredAt").asString()));
		}
		assertThat(events.get(events.size() - 1).path("location").has("city")).isTrue();
		assertThat(events.get(events.size() - 1).path("description").asString()).isNotBlank();
	}

	@Test
	void parsePrintsWhereAndUntilWhenAParcelWaitsForPickup() throws Exception {
		assertThat(run("parse", "--carrier", "ups", "src/test/resources/shipment/carrier/ups/pickup.json")).isZero();

		tools.jackson.databind.JsonNode point = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(this.out.toString(StandardCharsets.UTF_8))
			.path("pickupPoint");
		assertThat(point.path("name").asString()).isEqualTo("CVS PHARMACY #1234");
		assertThat(point.path("deadline").asString()).isEqualTo("2026-11-30");
		assertThat(point.path("deadlineEstimated").asBoolean()).isFalse();
	}

	@Test
	void parseOfANotFoundAnswerPrintsTheErrorAndExitsTwo() {
		assertThat(run("parse", "--carrier=dhl", DHL + "not-found.json")).isEqualTo(CarrierCommands.NOT_FOUND);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("\"error\"").contains("\"not_found\"");
		this.out.reset();
		assertThat(run("parse", "--carrier", "dhl", DHL + "unauthorized.json")).isEqualTo(CarrierCommands.NOT_FOUND);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("\"unauthorized\"");
	}

	@Test
	void parseOfAFileThatIsNoResponseExitsOneSayingWhy() throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("not-dhl", ".json");
		java.nio.file.Files.writeString(file, "<html>gateway timeout</html>");

		assertThat(run("parse", "--carrier", "dhl", file.toString())).isEqualTo(CarrierCommands.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("is not a DHL tracking response");
		assertThat(run("parse", "--carrier", "dhl", "/no/such/file.json")).isEqualTo(CarrierCommands.USAGE);
		assertThat(run("parse", "--carrier", "pigeon", file.toString())).isEqualTo(CarrierCommands.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("carriers with one: ").contains("dhl");
		assertThat(run("parse", DHL + "delivered.json")).isEqualTo(CarrierCommands.USAGE);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void theJarsMainParsesWithoutServerOrDatabase() throws Exception {
		List<String> output = ChildApplication.runUntil(
				List.of("carriers", "parse", "--carrier", "dhl", DHL + "in-transit.json"), Map.of(), line -> false);
		String text = String.join("\n", output);
		assertThat(text).contains("\"carrier\" : \"dhl\"").doesNotContain("Tomcat").doesNotContain("EmbeddedPostgres");
	}

}
