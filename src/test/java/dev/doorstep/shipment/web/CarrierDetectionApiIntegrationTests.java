package dev.doorstep.shipment.web;

import dev.doorstep.support.ApiClient;
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

}
