package dev.doorstep.shipment.polling;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.CarrierApiStub;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Polling end to end: a shop's own DHL key, the DHL Unified API served by WireMock over
 * real HTTP, the poller, and the shipment's timeline and status in PostgreSQL.
 */
@DoorstepIntegrationTest
class CarrierPollingIntegrationTests {

	private static final String PRE_TRANSIT = """
			{"timestamp": "2026-11-20T18:00:00+01:00", "statusCode": "pre-transit",
			 "status": "The instruction data for this shipment have been provided by the sender to DHL electronically",
			 "description": "The instruction data for this shipment have been provided by the sender to DHL electronically"}""";

	private static final String TRANSIT = """
			{"timestamp": "2026-11-21T08:10:00+01:00", "statusCode": "transit",
			 "location": {"address": {"addressLocality": "Leipzig", "postalCode": "04109", "countryCode": "DE"}},
			 "status": "The shipment has been processed in the parcel center",
			 "description": "The shipment has been processed in the parcel center of origin"}""";

	private static final String DELIVERED = """
			{"timestamp": "2026-11-22T11:02:00+01:00", "statusCode": "delivered",
			 "location": {"address": {"addressLocality": "Berlin", "postalCode": "10115", "countryCode": "DE"}},
			 "status": "The shipment has been delivered", "description": "The shipment has been delivered to the recipient"}""";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	CarrierPoller poller;

	@Autowired
	TrackingExpiry expiry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	ApiClient api;

	String apiKey;

	dev.doorstep.shop.ShopId shopId;

	private dev.doorstep.shop.ShopId shopId() {
		return this.shopId;
	}

	@BeforeEach
	void shop() {
		TestShops.TestShop shop = this.shops.create("Polling");
		this.shopId = shop.shop().id();
		this.api = new ApiClient(this.port, shop.apiKey());
		this.apiKey = "dhl-key-" + UUID.randomUUID();
	}

	@AfterEach
	void nothingElseIsDue() {
		this.poller.resetLimits();
		// Leave no due leg behind for the next test's poller run.
		this.jdbc.sql("UPDATE tracking_leg SET next_poll_at = NULL WHERE next_poll_at <= now()").update();
	}

	@Test
	void polledEventsFeedTheTimelineAndTheNextPollFollowsTheStatus() {
		String number = number();
		String id = shipment("dhl", number);
		saveDhlKey();
		stubDhl(number, PRE_TRANSIT, TRANSIT);

		pollNow();

		ApiClient.Response shipment = this.api.get("/api/v1/shipments/" + id);
		assertThat(shipment.text("/status")).isEqualTo("IN_TRANSIT");
		assertThat(shipment.json().at("/events").size()).isEqualTo(2);
		assertThat(shipment.text("/events/1/location/city")).isEqualTo("Leipzig");
		ApiClient.Response legs = this.api.get("/api/v1/shipments/" + id + "/legs");
		assertThat(legs.text("/0/lastOutcome")).isEqualTo("found");
		assertThat(Instant.parse(legs.text("/0/nextPollAt"))).isCloseTo(Instant.now().plus(3, ChronoUnit.HOURS),
				within(5, ChronoUnit.MINUTES));

		stubDhl(number, PRE_TRANSIT, TRANSIT, DELIVERED);
		makeDue(id);
		pollNow();

		shipment = this.api.get("/api/v1/shipments/" + id);
		assertThat(shipment.text("/status")).isEqualTo("DELIVERED");
		assertThat(shipment.json().at("/events").size()).isEqualTo(3);
		legs = this.api.get("/api/v1/shipments/" + id + "/legs");
		assertThat(legs.json().at("/0/nextPollAt").isNull()).isTrue();
		assertThat(legs.text("/0/pollStopped")).isEqualTo("delivered");
	}

	@Test
	void pollingTheSameAnswerAgainChangesNothing() {
		String number = number();
		String id = shipment("dhl", number);
		saveDhlKey();
		stubDhl(number, PRE_TRANSIT, TRANSIT);
		pollNow();
		makeDue(id);
		pollNow();

		assertThat(this.api.get("/api/v1/shipments/" + id).json().at("/events").size()).isEqualTo(2);
		CarrierApiStub.server()
			.verify(2, WireMock.getRequestedFor(urlPathEqualTo("/track/shipments"))
				.withQueryParam("trackingNumber", equalTo(number)));
	}

	@Test
	void rateLimitWaitsForRetryAfterAndServerErrorsBackOff() {
		String number = number();
		String id = shipment("dhl", number);
		saveDhlKey();
		StubMapping limited = CarrierApiStub.server()
			.stubFor(get(urlPathEqualTo("/track/shipments")).withQueryParam("trackingNumber", equalTo(number))
				.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));
		pollNow();
		ApiClient.Response legs = this.api.get("/api/v1/shipments/" + id + "/legs");
		assertThat(legs.text("/0/lastOutcome")).isEqualTo("rate limited");
		assertThat(Instant.parse(legs.text("/0/nextPollAt"))).isAfterOrEqualTo(Instant.now().plusSeconds(590));
		CarrierApiStub.server().removeStub(limited);

		String other = number();
		String otherId = shipment("dhl", other);
		CarrierApiStub.server()
			.stubFor(get(urlPathEqualTo("/track/shipments")).withQueryParam("trackingNumber", equalTo(other))
				.willReturn(aResponse().withStatus(503)));
		// DHL asked for a pause: no call to DHL until it is over, for any parcel.
		pollNow();
		CarrierApiStub.server()
			.verify(0, WireMock.getRequestedFor(urlPathEqualTo("/track/shipments"))
				.withQueryParam("trackingNumber", equalTo(other)));
		assertThat(Instant.parse(this.api.get("/api/v1/shipments/" + otherId + "/legs").text("/0/nextPollAt")))
			.isAfter(Instant.now().plusSeconds(500));
	}

	@Test
	void withoutCredentialsNothingIsCalledUntilTheShopSavesThem() {
		String number = number();
		String id = shipment("dhl", number);
		stubDhl(number, PRE_TRANSIT);

		pollNow();

		ApiClient.Response legs = this.api.get("/api/v1/shipments/" + id + "/legs");
		assertThat(legs.text("/0/lastOutcome")).isEqualTo("no credentials");
		CarrierApiStub.server()
			.verify(0, WireMock.getRequestedFor(urlPathEqualTo("/track/shipments"))
				.withQueryParam("trackingNumber", equalTo(number)));

		saveDhlKey();
		assertThat(Instant.parse(this.api.get("/api/v1/shipments/" + id + "/legs").text("/0/nextPollAt")))
			.isBeforeOrEqualTo(Instant.now());
		pollNow();
		assertThat(this.api.get("/api/v1/shipments/" + id).text("/status")).isEqualTo("INFO_RECEIVED");
	}

	@Test
	void simulatedParcelsAreNeverPolled() {
		String id = shipment("simulated", "SIM" + System.nanoTime());
		ApiClient.Response legs = this.api.get("/api/v1/shipments/" + id + "/legs");
		assertThat(legs.json().at("/0/nextPollAt").isNull()).isTrue();
		assertThat(legs.text("/0/pollStopped")).isIn("simulated", "demo");
	}

	@Test
	void aSecondLegUnderAnotherCarrierFeedsTheSameTimeline() {
		String number = number();
		String id = shipment("dhl", number);
		saveDhlKey();
		this.api.put("/api/v1/carrier-accounts/deutsche-post", Map.of("apiKey", this.apiKey));
		String second = "RR" + (100000000 + (int) (Math.random() * 800000000)) + "DE";
		ApiClient.Response added = this.api.post("/api/v1/shipments/" + id + "/legs",
				Map.of("carrier", "deutsche-post", "trackingNumber", second));
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.text("/1/origin")).isEqualTo("API");
		stubDhl(number, PRE_TRANSIT, TRANSIT);
		stubDhl(second, DELIVERED);
		// The later leg answers first and delivers: the first leg still tells its
		// history.
		this.jdbc.sql("UPDATE tracking_leg SET next_poll_at = now() - interval '1 minute' WHERE tracking_number = :n")
			.param("n", second)
			.update();

		pollNow();

		ApiClient.Response shipment = this.api.get("/api/v1/shipments/" + id);
		assertThat(shipment.json().at("/events").size()).isEqualTo(3);
		assertThat(shipment.text("/status")).isEqualTo("DELIVERED");
		assertThat(this.api
			.post("/api/v1/shipments/" + id + "/legs", Map.of("carrier", "deutsche-post", "trackingNumber", second))
			.status()).isEqualTo(200);
	}

	@Test
	void aHandOverNamedByTheCarrierBecomesASecondPolledLegOnOneTimeline() throws Exception {
		String number = "GM" + String.format("%016d", (long) (Math.random() * 1e16));
		String usps = "92612901" + String.format("%014d", (long) (Math.random() * 1e14));
		String id = shipment("dhl", number);
		saveDhlKey();
		String clientId = "usps-client-" + UUID.randomUUID();
		this.api.put("/api/v1/carrier-accounts/usps", Map.of("apiKey", clientId, "apiSecret", "usps-secret"));
		String dhlAnswer = fixture("dhl/handover.json").replace("GM2951173225174494", number)
			.replace("9261290100130435082678", usps);
		CarrierApiStub.server()
			.stubFor(get(urlPathEqualTo("/track/shipments")).withQueryParam("trackingNumber", equalTo(number))
				.withHeader("DHL-API-Key", equalTo(this.apiKey))
				.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(dhlAnswer)));
		CarrierApiStub.server()
			.stubFor(WireMock.post(urlPathEqualTo("/oauth2/v3/token"))
				.willReturn(aResponse().withHeader("Content-Type", "application/json")
					.withBody(fixture("usps/token.json"))));
		String uspsAnswer = fixture("usps/delivered.json").replace("9400111899223197428490", usps);
		CarrierApiStub.server()
			.stubFor(get(urlPathEqualTo("/tracking/v3/tracking/" + usps))
				.withHeader("Authorization", equalTo("Bearer test-usps-token"))
				.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(uspsAnswer)));

		pollNow();

		ApiClient.Response legs = this.api.get("/api/v1/shipments/" + id + "/legs");
		assertThat(legs.json().size()).isEqualTo(2);
		assertThat(legs.text("/1/carrier")).isEqualTo("usps");
		assertThat(legs.text("/1/trackingNumber")).isEqualTo(usps);
		assertThat(legs.text("/1/origin")).isEqualTo("HANDOVER");
		assertThat(legs.text("/1/lastOutcome")).isEqualTo("found");
		ApiClient.Response shipment = this.api.get("/api/v1/shipments/" + id);
		assertThat(shipment.text("/status")).isEqualTo("DELIVERED");
		assertThat(shipment.json().at("/events").size()).isGreaterThan(3);
		assertThat(shipment.body()).contains("handed over to USPS");
	}

	private static String fixture(String path) throws java.io.IOException {
		return java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/shipment/carrier/" + path));
	}

	@Test
	void unknownCodesAreKeptAndCountedOncePerEvent() {
		String number = number();
		String id = shipment("dhl", number);
		saveDhlKey();
		String odd = """
				{"timestamp": "2026-11-21T09:30:00+01:00", "statusCode": "held-for-inspection",
				 "status": "Shipment held for inspection", "description": "Shipment held for inspection"}""";
		stubDhl(number, PRE_TRANSIT, odd);
		double before = this.meters.counter("doorstep.carrier.codes.unmapped", "carrier", "dhl").count();

		pollNow();
		makeDue(id);
		pollNow();

		ApiClient.Response shipment = this.api.get("/api/v1/shipments/" + id);
		assertThat(shipment.json().at("/events").size()).isEqualTo(2);
		assertThat(shipment.text("/events/1/description")).isEqualTo("Shipment held for inspection");
		ApiClient.Response unmapped = this.api.get("/api/v1/carriers/unmapped-codes");
		assertThat(unmapped.status()).isEqualTo(200);
		assertThat(unmapped.text("/0/carrier")).isEqualTo("dhl");
		assertThat(unmapped.text("/0/sampleText")).isEqualTo("Shipment held for inspection");
		assertThat(unmapped.json().at("/0/occurrences").asLong()).isEqualTo(1);
		assertThat(this.meters.counter("doorstep.carrier.codes.unmapped", "carrier", "dhl").count())
			.isEqualTo(before + 1);
	}

	@Autowired
	dev.doorstep.notification.Notifications notifications;

	@Autowired
	dev.doorstep.notification.internal.Dispatcher dispatcher;

	@Test
	void aCarrierEstimateMovingToAnotherDayTellsTheShopperTheNewDate() {
		String number = number();
		String id = shipment("dhl", number);
		saveDhlKey();
		stubDhlWithEstimate(number, "2026-11-25T10:00:00+01:00");
		pollNow();
		// The same day at another hour is no news.
		stubDhlWithEstimate(number, "2026-11-25T15:00:00+01:00");
		makeDue(id);
		pollNow();
		assertThat(windowMessages(id)).isEmpty();

		stubDhlWithEstimate(number, "2026-11-27T10:00:00+01:00");
		makeDue(id);
		pollNow();

		org.awaitility.Awaitility.await().until(() -> !windowMessages(id).isEmpty());
		this.jdbc.sql("UPDATE notification_message SET due_at = now() - interval '1 second' WHERE shipment_id = :id")
			.param("id", UUID.fromString(id))
			.update();
		while (this.dispatcher.dispatchDue() > 0) {
			// send what is due
		}
		dev.doorstep.notification.Message email = windowMessages(id).stream()
			.filter(message -> message.channel() == dev.doorstep.notification.Channel.EMAIL)
			.findFirst()
			.orElseThrow();
		assertThat(email.bodyText()).contains("27. November 2026");
	}

	private java.util.List<dev.doorstep.notification.Message> windowMessages(String shipmentId) {
		String order = this.jdbc.sql("SELECT order_id FROM shipment WHERE id = :id")
			.param("id", UUID.fromString(shipmentId))
			.query(String.class)
			.single();
		return this.notifications
			.messages(this.shopId(), new dev.doorstep.order.OrderId(UUID.fromString(order)), null, 50, 0)
			.stream()
			.filter(message -> message.trigger() == dev.doorstep.notification.Trigger.DELIVERY_WINDOW_CHANGED)
			.toList();
	}

	private void stubDhlWithEstimate(String number, String estimate) {
		String body = """
				{"shipments": [{"id": "%s", "service": "parcel-de", "status": %s, "events": [%s, %s],
				  "estimatedTimeOfDelivery": "%s"}]}
				""".formatted(number, TRANSIT, TRANSIT, PRE_TRANSIT, estimate);
		CarrierApiStub.server()
			.stubFor(get(urlPathEqualTo("/track/shipments")).withQueryParam("trackingNumber", equalTo(number))
				.withHeader("DHL-API-Key", equalTo(this.apiKey))
				.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
	}

	@Test
	void parcelsWithoutNewsFor30DaysExpire() {
		String id = shipment("dhl", number());
		this.jdbc.sql("UPDATE shipment SET created_at = :old WHERE id = :id")
			.param("old", Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)))
			.param("id", UUID.fromString(id))
			.update();

		assertThat(this.expiry.expireStale()).isGreaterThanOrEqualTo(1);

		ApiClient.Response shipment = this.api.get("/api/v1/shipments/" + id);
		assertThat(shipment.text("/status")).isEqualTo("EXPIRED");
		assertThat(shipment.text("/subStatus")).isEqualTo("EXPIRED_NO_UPDATES");
		assertThat(this.api.get("/api/v1/shipments/" + id + "/legs").text("/0/pollStopped")).isEqualTo("expired");
	}

	private void pollNow() {
		while (this.poller.pollDue() > 0) {
			// drain: the poller claims in batches
		}
	}

	private void makeDue(String shipmentId) {
		this.jdbc.sql("UPDATE tracking_leg SET next_poll_at = now() - interval '1 second' WHERE shipment_id = :id")
			.param("id", UUID.fromString(shipmentId))
			.update();
	}

	private void saveDhlKey() {
		assertThat(this.api.put("/api/v1/carrier-accounts/dhl", Map.of("apiKey", this.apiKey)).status()).isEqualTo(200);
	}

	private void stubDhl(String number, String... newestLastEvents) {
		StringBuilder events = new StringBuilder();
		for (int i = newestLastEvents.length - 1; i >= 0; i--) {
			events.append(events.isEmpty() ? "" : ",").append(newestLastEvents[i]);
		}
		String newest = newestLastEvents[newestLastEvents.length - 1];
		String body = """
				{"shipments": [{"id": "%s", "service": "parcel-de", "status": %s, "events": [%s]}]}
				""".formatted(number, newest, events);
		CarrierApiStub.server()
			.stubFor(get(urlPathEqualTo("/track/shipments")).withQueryParam("trackingNumber", equalTo(number))
				.withHeader("DHL-API-Key", equalTo(this.apiKey))
				.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
	}

	private String shipment(String carrier, String number) {
		String order = this.api.post("/api/v1/orders", Fixtures.order("ext-" + number, "N-" + number)).text("/id");
		ApiClient.Response created = this.api.post("/api/v1/orders/" + order + "/shipments",
				Fixtures.shipment(carrier, number));
		assertThat(created.status()).isEqualTo(201);
		return created.text("/id");
	}

	private static String number() {
		return "00340434" + String.format("%012d", (long) (Math.random() * 1e12));
	}

}
