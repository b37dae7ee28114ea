package dev.doorstep.shipment.web;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DoorstepIntegrationTest
class CarrierDetectionApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	ApiClient api;

	@BeforeEach
	void shop() {
		this.api = new ApiClient(this.port, this.shops.create("Detection").apiKey());
	}

	@Test
	void upsNumberIsDetectedWithItsCheckDigit() {
		ApiClient.Response response = this.api.get("/api/v1/carriers/detect?trackingNumber=1z5r+8939+0357+5671+27");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text("/trackingNumber")).isEqualTo("1Z5R89390357567127");
		assertThat(response.text("/candidates/0/carrier")).isEqualTo("ups");
		assertThat(response.text("/candidates/0/courier")).isEqualTo("UPS");
		assertThat(response.text("/candidates/0/format")).isEqualTo("UPS");
		assertThat(response.json().at("/candidates/0/checksumValid").asBoolean()).isTrue();
		assertThat(response.json().at("/candidates/0/confidence").asDouble()).isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void unknownCourierHasNullCarrier() {
		ApiClient.Response response = this.api.get("/api/v1/carriers/detect?trackingNumber=RB123456785CV");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().at("/candidates/0/carrier").isNull()).isTrue();
		assertThat(response.text("/candidates/0/courier")).isEqualTo("S10 International Standard");
	}

	@Test
	void blankOrMissingNumberIsRefusedNamingTheField() {
		for (String path : new String[] { "/api/v1/carriers/detect?trackingNumber=+", "/api/v1/carriers/detect" }) {
			ApiClient.Response response = this.api.get(path);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.text("/errors/0/field")).isEqualTo("trackingNumber");
		}
	}

	@Test
	void aShipmentWithoutCarrierTakesTheDetectedOneOrAsks() {
		String orderId = this.api.post("/api/v1/orders", Fixtures.order("detect-1", "D-1")).text("/id");

		java.util.Map<String, Object> ups = Fixtures.shipment("dhl", "1Z5R89390357567127");
		ups.remove("carrier");
		ApiClient.Response created = this.api.post("/api/v1/orders/" + orderId + "/shipments", ups);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("/carrier")).isEqualTo("ups");

		// Twelve digits fit several carriers' formats, none with a check digit: ask.
		java.util.Map<String, Object> ambiguous = Fixtures.shipment("dhl", "123456789012");
		ambiguous.put("carrier", " ");
		ApiClient.Response refused = this.api.post("/api/v1/orders/" + orderId + "/shipments", ambiguous);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text("/errors/0/field")).isEqualTo("carrier");
		assertThat(refused.text("/errors/0/reason")).startsWith("is required: the tracking number could belong to");

		java.util.Map<String, Object> unknown = Fixtures.shipment("dhl", "ZZ-NOTHING");
		unknown.remove("carrier");
		ApiClient.Response none = this.api.post("/api/v1/orders/" + orderId + "/shipments", unknown);
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.text("/errors/0/reason")).isEqualTo("is required: no known tracking number format matches");
	}

}
