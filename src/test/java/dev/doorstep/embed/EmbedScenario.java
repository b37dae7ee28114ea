package dev.doorstep.embed;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;

import static org.assertj.core.api.Assertions.assertThat;

/** A shop with a logged-in customer's orders, for the widget tests. */
final class EmbedScenario {

	final TestShops.TestShop shop;

	final ApiClient api;

	final String email = "embed-" + UUID.randomUUID() + "@example.com";

	EmbedScenario(int port, TestShops shops, String name) {
		this.shop = shops.create(name);
		this.api = new ApiClient(port, this.shop.apiKey());
	}

	/** Sets the shop's public side; returns the API's answer. */
	ApiClient.Response site(String publicBaseUrl, List<String> origins) {
		Map<String, Object> body = new HashMap<>();
		body.put("publicBaseUrl", publicBaseUrl);
		body.put("allowedOrigins", origins);
		return this.api.put("/api/v1/shop/public-site", body);
	}

	/** An order of {@code email}, optionally under the shop's customer id; its id. */
	String order(String number, String email, String customerId) {
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), number);
		order.put("placedAt", Instant.now().minusSeconds(3600).toString());
		order.put("locale", "en");
		Map<String, Object> customer = new HashMap<>(Map.of("email", email, "firstName", "Anna"));
		if (customerId != null) {
			customer.put("id", customerId);
		}
		order.put("customer", customer);
		ApiClient.Response placed = this.api.post("/api/v1/orders", order);
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		return placed.text("/id");
	}

	/** A parcel in transit for the order; the API's answer. */
	ApiClient.Response parcel(String order) {
		Map<String, Object> shipment = Fixtures.shipment("dhl", "EMB" + System.nanoTime());
		shipment.put("items", List.of(Map.of("sku", "JKT-1", "quantity", 1)));
		shipment.put("shippedAt", Instant.now().minusSeconds(1800).toString());
		ApiClient.Response created = this.api.post("/api/v1/orders/" + order + "/shipments", shipment);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		this.api.post("/api/v1/shipments/" + created.text("/id") + "/events", Fixtures
			.events(List.of(Fixtures.event(Instant.now().minusSeconds(600).toString(), "IN_TRANSIT", null))));
		return created;
	}

	/** A widget token for the customer, from the shop's backend. */
	String token(Map<String, Object> body) {
		ApiClient.Response issued = this.api.post("/api/v1/embed/tokens", body);
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);
		return issued.text("/token");
	}

}
