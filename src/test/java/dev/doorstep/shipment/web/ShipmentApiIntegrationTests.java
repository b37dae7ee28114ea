package dev.doorstep.shipment.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.doorstep.support.Fixtures.event;
import static dev.doorstep.support.Fixtures.events;
import static org.assertj.core.api.Assertions.assertThat;

@DoorstepIntegrationTest
class ShipmentApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	ApiClient api;

	String orderId;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port, this.shops.create("Shipments").apiKey());
		this.orderId = this.api.post("/api/v1/orders", Fixtures.order("o-" + UUID.randomUUID(), "2001")).text("/id");
	}

	private ApiClient.Response createShipment(String carrier, String number) {
		return this.api.post("/api/v1/orders/" + this.orderId + "/shipments", Fixtures.shipment(carrier, number));
	}

	@Test
	void createsAShipmentWithAnUnguessableTrackingLinkOnce() {
		ApiClient.Response created = createShipment("dhl", "00340434161094042557");
		ApiClient.Response again = createShipment("dhl", "00340434161094042557");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("/status")).isEqualTo("PENDING");
		String url = created.text("/trackingUrl");
		assertThat(url).matches("http://localhost:\\d+/t/[A-Za-z0-9_-]{24}");
		String token = url.substring(url.lastIndexOf('/') + 1);
		assertThat(token).doesNotContain("2001").doesNotContain("0034043416");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.text("/id")).isEqualTo(created.text("/id"));
		assertThat(again.text("/trackingUrl")).isEqualTo(url);
		assertThat(this.api.get("/api/v1/orders/" + this.orderId + "/shipments").json().size()).isEqualTo(1);
		assertThat(this.api.get("/api/v1/orders/" + this.orderId).text("/status")).isEqualTo("SHIPPED");
	}

	@Test
	void tokensDifferForEveryShipment() {
		java.util.Set<String> tokens = new java.util.HashSet<>();
		for (int i = 0; i < 20; i++) {
			String url = createShipment("dpd", "0150" + (1000000 + i)).text("/trackingUrl");
			tokens.add(url.substring(url.lastIndexOf('/') + 1));
		}
		assertThat(tokens).hasSize(20);
	}

	@Test
	void rejectsUnknownCarriersNamingTheKnownOnes() {
		ApiClient.Response response = createShipment("acme-parcel", "123");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.text("/errors/0/field")).isEqualTo("carrier");
		assertThat(response.text("/errors/0/reason")).contains("dhl", "deutsche-post", "royal-mail", "simulated");
	}

	@Test
	void rejectsItemsThatAreNotInTheOrder() {
		Map<String, Object> shipment = Fixtures.shipment("gls", "GLS123456");
		shipment.put("items", List.of(Map.of("sku", "NOPE", "quantity", 1)));
		ApiClient.Response response = this.api.post("/api/v1/orders/" + this.orderId + "/shipments", shipment);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.text("/errors/0/field")).isEqualTo("items[0].sku");
		assertThat(this.api.get("/api/v1/orders/" + this.orderId + "/shipments").json().size()).isZero();
	}

	@Test
	void refusesATrackingNumberOfAnotherOrder() {
		createShipment("ups", "1Z999AA10123456784");
		String other = this.api.post("/api/v1/orders", Fixtures.order("o2-" + UUID.randomUUID(), "2002")).text("/id");
		ApiClient.Response response = this.api.post("/api/v1/orders/" + other + "/shipments",
				Fixtures.shipment("ups", "1Z999AA10123456784"));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.text("/errors/0/field")).isEqualTo("trackingNumber");
	}

	@Test
	void answersShipmentsOfUnknownOrdersWith404() {
		ApiClient.Response response = this.api.post("/api/v1/orders/" + UUID.randomUUID() + "/shipments",
				Fixtures.shipment("dhl", "123456789"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/shipments/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(this.api
			.post("/api/v1/shipments/" + UUID.randomUUID() + "/events",
					events(List.of(event("2026-11-21T08:00:00Z", "IN_TRANSIT", null))))
			.status()).isEqualTo(404);
	}

	@Test
	void foldsEventsIntoStatusAndCountsDuplicates() {
		String id = createShipment("hermes", "H1001").text("/id");
		ApiClient.Response first = this.api.post("/api/v1/shipments/" + id + "/events",
				events(List.of(event("2026-11-21T08:00:00Z", "INFO_RECEIVED", "e1"),
						event("2026-11-21T18:00:00Z", "IN_TRANSIT", "e2"))));
		ApiClient.Response second = this.api.post("/api/v1/shipments/" + id + "/events",
				events(List.of(event("2026-11-21T18:00:00Z", "IN_TRANSIT", "e2"),
						withSub(event("2026-11-22T11:00:00Z", "DELIVERED", "e3"), "DELIVERED_NEIGHBOR"),
						event("2026-11-22T13:00:00Z", "IN_TRANSIT", "late-scan"))));

		assertThat(first.json().at("/accepted").asInt()).isEqualTo(2);
		assertThat(second.json().at("/accepted").asInt()).isEqualTo(2);
		assertThat(second.json().at("/duplicates").asInt()).isEqualTo(1);
		JsonNode shipment = this.api.get("/api/v1/shipments/" + id).json();
		assertThat(shipment.at("/status").asString()).isEqualTo("DELIVERED");
		assertThat(shipment.at("/subStatus").asString()).isEqualTo("DELIVERED_NEIGHBOR");
		assertThat(shipment.at("/delivered").asBoolean()).isTrue();
		assertThat(shipment.at("/deliveredAt").asString()).isEqualTo("2026-11-22T11:00:00Z");
		assertThat(shipment.at("/events").valueStream().map(e -> e.at("/externalId").asString())).containsExactly("e1",
				"e2", "e3", "late-scan");
		assertThat(this.api.get("/api/v1/orders/" + this.orderId).text("/status")).isEqualTo("DELIVERED");
	}

	@Test
	void rejectsAWholeBatchWhenOneEventIsInvalid() {
		String id = createShipment("postnl", "3SABCD1234567").text("/id");
		ApiClient.Response response = this.api.post("/api/v1/shipments/" + id + "/events",
				events(List.of(event("2026-11-21T08:00:00Z", "IN_TRANSIT", "ok"),
						withSub(event("2026-11-21T09:00:00Z", "IN_TRANSIT", "bad"), "DELIVERED_NEIGHBOR"),
						event(Instant.now().plusSeconds(3 * 86400).toString(), "IN_TRANSIT", "future"))));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors").valueStream().map(e -> e.at("/field").asString()))
			.containsExactlyInAnyOrder("events[1].subStatus", "events[2].occurredAt");
		assertThat(this.api.get("/api/v1/shipments/" + id).json().at("/events").size()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"events\": []}", "{\"events\": [{\"status\": \"IN_TRANSIT\"}]}",
			"{\"events\": [{\"occurredAt\": \"2026-11-21T08:00:00Z\", \"status\": \"LOST\"}]}", "{\"events\": 5}" })
	void rejectsMalformedEventBatches(String body) {
		String id = createShipment("dhl", "JJD000390007" + Math.abs(body.hashCode())).text("/id");
		ApiClient.Response response = this.api.post("/api/v1/shipments/" + id + "/events", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("/errors/0/field")).startsWith("events");
	}

	@Test
	void acceptsUnknownSubStatusCodesWithTheStatusPrefix() {
		String id = createShipment("gls", "GLS-NEW-CODE").text("/id");
		ApiClient.Response response = this.api.post("/api/v1/shipments/" + id + "/events", events(
				List.of(withSub(event("2026-11-21T08:00:00Z", "IN_TRANSIT", "x"), "IN_TRANSIT_DRONE_HANDOVER"))));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text("/subStatus")).isEqualTo("IN_TRANSIT_DRONE_HANDOVER");
	}

	@Test
	void derivesTheIncidentReasonFromTheSubStatus() {
		String id = createShipment("dpd", "01505000000001").text("/id");
		this.api.post("/api/v1/shipments/" + id + "/events", events(
				List.of(withSub(event("2026-11-21T08:00:00Z", "ATTEMPT_FAIL", "a"), "ATTEMPT_FAIL_RECIPIENT_ABSENT"))));
		JsonNode shipment = this.api.get("/api/v1/shipments/" + id).json();
		assertThat(shipment.at("/incidentReason").asString()).isEqualTo("RECIPIENT");
		assertThat(shipment.at("/events/0/incidentReason").asString()).isEqualTo("RECIPIENT");
	}

	/**
	 * Property over the real API and database: random timelines sent in random order,
	 * with duplicates and in random batches, end up exactly as an in-order replay does.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 5, 8, 13, 21, 34, 55, 89 })
	void anyArrivalOrderEqualsAnInOrderReplay(long seed) {
		Random random = new Random(seed);
		String[] statuses = { "INFO_RECEIVED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "ATTEMPT_FAIL", "AVAILABLE_FOR_PICKUP",
				"EXCEPTION", "DELIVERED" };
		List<Map<String, Object>> timeline = new ArrayList<>();
		int size = 3 + random.nextInt(10);
		for (int i = 0; i < size; i++) {
			String at = Instant.parse("2026-11-20T08:00:00Z").plusSeconds(1800L * random.nextInt(10)).toString();
			Map<String, Object> event = event(at, statuses[random.nextInt(statuses.length)],
					random.nextBoolean() ? "ev-" + i : null);
			event.put("description", "step " + i);
			timeline.add(event);
		}
		String replayed = createShipment("dhl", "REPLAY" + seed).text("/id");
		String shuffled = createShipment("dhl", "SHUFFLE" + seed).text("/id");

		List<Map<String, Object>> inOrder = new ArrayList<>(timeline);
		inOrder.sort(java.util.Comparator.comparing(e -> (String) e.get("occurredAt")));
		for (Map<String, Object> event : inOrder) {
			this.api.post("/api/v1/shipments/" + replayed + "/events", events(List.of(event)));
		}

		List<Map<String, Object>> arrival = new ArrayList<>(timeline);
		for (int i = random.nextInt(size); i >= 0; i--) {
			arrival.add(timeline.get(random.nextInt(size)));
		}
		Collections.shuffle(arrival, random);
		int from = 0;
		while (from < arrival.size()) {
			int to = Math.min(arrival.size(), from + 1 + random.nextInt(4));
			ApiClient.Response response = this.api.post("/api/v1/shipments/" + shuffled + "/events",
					events(arrival.subList(from, to)));
			assertThat(response.status()).isEqualTo(200);
			from = to;
		}

		JsonNode expected = this.api.get("/api/v1/shipments/" + replayed).json();
		JsonNode actual = this.api.get("/api/v1/shipments/" + shuffled).json();
		for (String field : List.of("/status", "/subStatus", "/incidentReason", "/delivered", "/deliveredAt",
				"/lastEventAt")) {
			assertThat(actual.at(field)).as("seed %d %s", seed, field).isEqualTo(expected.at(field));
		}
		assertThat(timelineOf(actual)).as("seed %d timeline", seed).isEqualTo(timelineOf(expected));
	}

	private static List<String> timelineOf(JsonNode shipment) {
		return shipment.at("/events")
			.valueStream()
			.map(e -> e.at("/occurredAt").asString() + " " + e.at("/status").asString() + " "
					+ e.at("/description").asString() + " " + e.at("/externalId").asString(""))
			.toList();
	}

	private static Map<String, Object> withSub(Map<String, Object> event, String subStatus) {
		event.put("subStatus", subStatus);
		return event;
	}

}
