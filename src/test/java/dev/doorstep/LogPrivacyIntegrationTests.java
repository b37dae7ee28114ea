package dev.doorstep;

import java.util.List;
import java.util.Map;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shopper emails, phone numbers and addresses never reach the logs, on good or bad
 * requests.
 */
@DoorstepIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Test
	void keepsShopperDataOutOfTheLogs(CapturedOutput output) {
		ApiClient api = new ApiClient(this.port, this.shops.create("Privacy").apiKey());
		Map<String, Object> order = Fixtures.order("pii-1", "PII-1");
		order.put("customer", Map.of("email", "private.person@example.org", "phone", "+49 171 5550199", "firstName",
				"Privata", "lastName", "Persona"));
		order.put("shippingAddress",
				Map.of("line1", "Geheimweg 42", "postcode", "80331", "city", "München", "country", "DE"));
		String id = api.post("/api/v1/orders", order).text("/id");
		api.post("/api/v1/orders/" + id + "/shipments", Fixtures.shipment("dhl", "PRIVACY1"));
		order.put("customer", Map.of("email", "private.person@example.org", "phone", "not a phone 😀"));
		api.post("/api/v1/orders", order);
		api.post("/api/v1/orders", "{\"customer\": {\"email\": \"private.person@example.org\"");
		api.post("/api/v1/orders/" + id + "/shipments", Map.of("carrier", "bogus", "items", List.of()));

		assertThat(output.getAll()).doesNotContain("private.person@example.org")
			.doesNotContain("5550199")
			.doesNotContain("Geheimweg")
			.doesNotContain("Persona");
	}

}
