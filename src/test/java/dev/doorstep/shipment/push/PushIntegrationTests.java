package dev.doorstep.shipment.push;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Push end to end: an AfterShip webhook, signed as AfterShip signs it, through
 * {@code POST /hooks/carriers/aftership/{shopSlug}} into the shipment's timeline.
 */
@DoorstepIntegrationTest
class PushIntegrationTests {

	private static final String SECRET = "aftership-webhook-secret";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	PushInbox inbox;

	ApiClient api;

	TestShops.TestShop shop;

	String number;

	String shipmentId;

	@BeforeEach
	void shopWithAParcel() {
		this.shop = this.shops.create("Push");
		this.api = new ApiClient(this.port, this.shop.apiKey());
		this.number = "00340434" + String.format("%012d", (long) (Math.random() * 1e12));
		String order = this.api.post("/api/v1/orders", Fixtures.order("ext-" + this.number, "P-" + this.number))
			.text("/id");
		this.shipmentId = this.api.post("/api/v1/orders/" + order + "/shipments", Fixtures.shipment("dhl", this.number))
			.text("/id");
		this.api.put("/api/v1/carrier-accounts/aftership", Map.of("webhookSecret", SECRET));
	}

	@Test
	void signedPushIsStoredBeforeTheAnswerAndFeedsTheTimeline() {
		byte[] body = payload(UUID.randomUUID().toString(), "Delivered", "Delivered_001");

		ApiClient.Response answer = push(body, sign(body, SECRET));

		assertThat(answer.status()).isEqualTo(202);
		assertThat(answer.json().at("/duplicate").asBoolean()).isFalse();
		assertThat(this.inbox.pending(this.shop.shop().id())).isEqualTo(1);
		this.inbox.workOff(100);
		assertThat(this.inbox.pending(this.shop.shop().id())).isZero();
		ApiClient.Response shipment = this.api.get("/api/v1/shipments/" + this.shipmentId);
		assertThat(shipment.text("/status")).isEqualTo("DELIVERED");
		assertThat(shipment.json().at("/events").size()).isEqualTo(2);
		ApiClient.Response legs = this.api.get("/api/v1/shipments/" + this.shipmentId + "/legs");
		assertThat(legs.text("/0/pushedBy")).isEqualTo("aftership");
		assertThat(legs.text("/0/pollStopped")).isEqualTo("push:aftership");
		assertThat(legs.json().at("/0/nextPollAt").isNull()).isTrue();
	}

	@Test
	void badSignatureIs401AndStoresNothing() {
		byte[] body = payload(UUID.randomUUID().toString(), "InTransit", "InTransit_002");

		ApiClient.Response wrongSecret = push(body, sign(body, "not-the-secret"));
		ApiClient.Response missing = push(body, null);
		byte[] tampered = body.clone();
		tampered[tampered.length - 3] ^= 1;
		ApiClient.Response altered = push(tampered, sign(body, SECRET));

		for (ApiClient.Response response : new ApiClient.Response[] { wrongSecret, missing, altered }) {
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
		assertThat(this.inbox.pending(this.shop.shop().id())).isZero();
		assertThat(this.api.get("/api/v1/shipments/" + this.shipmentId).text("/status")).isEqualTo("PENDING");
	}

	@Test
	void replayedDeliveryIsAcknowledgedButChangesNothing() {
		byte[] body = payload(UUID.randomUUID().toString(), "InTransit", "InTransit_002");
		String signature = sign(body, SECRET);

		assertThat(push(body, signature).status()).isEqualTo(202);
		ApiClient.Response replay = push(body, signature);
		this.inbox.workOff(100);

		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().at("/duplicate").asBoolean()).isTrue();
		assertThat(this.api.get("/api/v1/shipments/" + this.shipmentId).json().at("/events").size()).isEqualTo(1);
	}

	@Test
	void unknownShopLooksLikeABadSignatureAndUnknownSourceIs404() {
		byte[] body = payload(UUID.randomUUID().toString(), "InTransit", "InTransit_002");

		ApiClient.Response unknownShop = this.api.postRaw("/hooks/carriers/aftership/no-such-shop-" + UUID.randomUUID(),
				body, Map.of("Content-Type", "application/json", "aftership-hmac-sha256", sign(body, SECRET)));
		ApiClient.Response unknownSource = this.api.postRaw("/hooks/carriers/nope/" + this.shop.shop().slug(), body,
				Map.of("Content-Type", "application/json"));

		assertThat(unknownShop.status()).isEqualTo(401);
		assertThat(unknownSource.status()).isEqualTo(404);
		assertThat(unknownSource.contentType()).startsWith("application/problem+json");
	}

	@Test
	void signedButMalformedPayloadIs400() {
		byte[] body = "this is not json".getBytes(StandardCharsets.UTF_8);

		ApiClient.Response answer = push(body, sign(body, SECRET));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(this.inbox.pending(this.shop.shop().id())).isZero();
	}

	@Test
	void aPushedPickupCheckpointGivesThePointsPlaceAndTheCarriersHoldingPeriod() throws Exception {
		byte[] body;
		try (java.io.InputStream in = getClass().getResourceAsStream("/shipment/push/aftership/pickup.json")) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("00340434161094042557", this.number)
				.replace("6f2d4c1e-8b3a-4e57-9a2f-1c0d5e7b9a31", UUID.randomUUID().toString())
				.getBytes(StandardCharsets.UTF_8);
		}

		assertThat(push(body, sign(body, SECRET)).status()).isEqualTo(202);
		this.inbox.workOff(100);

		ApiClient.Response shipment = this.api.get("/api/v1/shipments/" + this.shipmentId);
		assertThat(shipment.text("/status")).isEqualTo("AVAILABLE_FOR_PICKUP");
		// AfterShip names no point of its own: the checkpoint's place, and DHL's seven
		// working days from Saturday 21 November (Sundays do not count).
		assertThat(shipment.text("/pickupPoint/city")).isEqualTo("Berlin");
		assertThat(shipment.text("/pickupPoint/postcode")).isEqualTo("10115");
		assertThat(shipment.text("/pickupPoint/deadline")).isEqualTo("2026-11-28");
		assertThat(shipment.json().at("/pickupPoint/deadlineEstimated").asBoolean()).isTrue();
	}

	private ApiClient.Response push(byte[] body, String signature) {
		Map<String, String> headers = signature == null ? Map.of("Content-Type", "application/json")
				: Map.of("Content-Type", "application/json", "aftership-hmac-sha256", signature);
		return this.api.postRaw("/hooks/carriers/aftership/" + this.shop.shop().slug(), body, headers);
	}

	private static String sign(byte[] body, String secret) {
		return Base64.getEncoder().encodeToString(Signatures.hmacSha256(secret, body));
	}

	private byte[] payload(String eventId, String tag, String subtag) {
		String delivered = tag.equals("Delivered") ? """
				,{"slug": "dhl", "city": "Berlin", "created_at": "2026-11-22T10:05:00+00:00", "location": "Berlin, DE",
				  "country_name": "Germany", "message": "The shipment has been delivered to the recipient",
				  "country_iso3": "DEU", "tag": "Delivered", "subtag": "Delivered_001", "subtag_message": "Delivered",
				  "checkpoint_time": "2026-11-22T11:02:00+01:00", "coordinates": [], "state": null, "zip": "10115",
				  "raw_tag": "delivered"}""" : "";
		String json = """
				{"event": "tracking_update", "event_id": "%s", "is_tracking_first_tag": false,
				 "msg": {"id": "%s", "tracking_number": "%s", "slug": "dhl", "tag": "%s", "subtag": "%s",
				   "subtag_message": "%s", "signed_by": null, "expected_delivery": null,
				   "checkpoints": [
				    {"slug": "dhl", "city": "Leipzig", "created_at": "2026-11-21T07:20:00+00:00", "location": "Leipzig, DE",
				     "country_name": "Germany", "message": "The shipment has been processed in the parcel center",
				     "country_iso3": "DEU", "tag": "InTransit", "subtag": "InTransit_002", "subtag_message": "Acceptance scan",
				     "checkpoint_time": "2026-11-21T08:10:00+01:00", "coordinates": [], "state": null, "zip": "04109",
				     "raw_tag": "transit"}%s]},
				 "ts": 1763800000}
				"""
			.formatted(eventId, UUID.randomUUID().toString().replace("-", ""), this.number, tag, subtag, tag,
					delivered);
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
