package dev.doorstep.order.web;

import java.util.Map;
import java.util.UUID;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DoorstepIntegrationTest
class OrderApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port, this.shops.create("Orders").apiKey());
	}

	@Test
	void placesAnOrderOnceAndReturnsItAgainForTheSameExternalId() {
		Map<String, Object> order = Fixtures.order("ext-1", "1001");
		ApiClient.Response first = this.api.post("/api/v1/orders", order);
		ApiClient.Response second = this.api.post("/api/v1/orders", order);

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.text("/id")).isEqualTo(first.text("/id"));
		assertThat(second.text("/updatedAt")).isEqualTo(first.text("/updatedAt"));
		assertThat(this.api.get("/api/v1/orders?orderNumber=1001").json().at("/totalElements").asInt()).isEqualTo(1);
		assertThat(first.text("/customer/email")).isEqualTo("anna.schmidt@example.com");
		assertThat(first.json().at("/items").size()).isEqualTo(2);
		assertThat(first.text("/status")).isEqualTo("PLACED");
	}

	@Test
	void updatesChangedFieldsOfAKnownOrder() {
		Map<String, Object> order = Fixtures.order("ext-2", "1002");
		String id = this.api.post("/api/v1/orders", order).text("/id");
		order.put("total", 200.0);
		order.put("orderNumber", "1002-B");

		ApiClient.Response updated = this.api.post("/api/v1/orders", order);

		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.text("/id")).isEqualTo(id);
		assertThat(updated.json().at("/total").decimalValue()).isEqualByComparingTo("200");
		assertThat(this.api.get("/api/v1/orders/" + id).text("/orderNumber")).isEqualTo("1002-B");
	}

	@Test
	void findsOrdersByNumberAndStatusWithPaging() {
		for (int i = 0; i < 5; i++) {
			this.api.post("/api/v1/orders", Fixtures.order("page-" + i, "P-" + i));
		}
		ApiClient.Response page = this.api.get("/api/v1/orders?status=PLACED&page=1&size=2");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().at("/content").size()).isEqualTo(2);
		assertThat(page.json().at("/totalElements").asInt()).isEqualTo(5);
		assertThat(page.json().at("/totalPages").asInt()).isEqualTo(3);
		assertThat(this.api.get("/api/v1/orders?orderNumber=p-3").text("/content/0/externalId")).isEqualTo("page-3");
		assertThat(this.api.get("/api/v1/orders?status=DELIVERED").json().at("/totalElements").asInt()).isZero();
	}

	@Test
	void cancelsAnOrder() {
		String id = this.api.post("/api/v1/orders", Fixtures.order("cancel-1", "C-1")).text("/id");
		ApiClient.Response cancelled = this.api.post("/api/v1/orders/" + id + "/cancel", "");
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.text("/status")).isEqualTo("CANCELLED");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					malformed JSON          | {"externalId": "x",                                  | body              | malformed JSON
					wrong type              | {"externalId": "x", "items": [{"quantity": "two"}]}  | items[0].quantity | must be a whole number
					wrong timestamp         | {"externalId": "x", "placedAt": "yesterday"}          | placedAt          | ISO-8601
					missing fields          | {"externalId": "x"}                                   | orderNumber       | must not be blank
					empty body              | {}                                                    | externalId        | must not be blank
					array instead of object | []                                                    | body              | must be an object
					""")
	void rejectsUnreadableOrIncompleteOrdersNamingTheField(String name, String body, String field, String reason) {
		ApiClient.Response response = this.api.post("/api/v1/orders", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().at("/errors").valueStream()).anySatisfy(error -> {
			assertThat(error.at("/field").asString()).isEqualTo(field);
			assertThat(error.at("/reason").asString()).contains(reason);
		});
	}

	@Test
	void rejectsInvalidFieldValuesAndStoresNothing() {
		Map<String, Object> order = Fixtures.order("invalid-1", "INV-1");
		order.put("customer", Map.of("email", "not-an-email"));
		order.put("currency", "EURO");
		order.put("items", java.util.List.of(Map.of("sku", "A", "name", "A", "quantity", -1, "unitPrice", 1)));

		ApiClient.Response response = this.api.post("/api/v1/orders", order);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors").valueStream().map(e -> e.at("/field").asString()))
			.contains("customer.email", "currency", "items[0].quantity");
		assertThat(this.api.get("/api/v1/orders?orderNumber=INV-1").json().at("/totalElements").asInt()).isZero();
	}

	@Test
	void rejectsOversizeBodies() {
		String huge = "{\"externalId\":\"" + "x".repeat(1_100_000) + "\"}";
		ApiClient.Response response = this.api.post("/api/v1/orders", huge);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("/errors/0/field")).isEqualTo("body");
	}

	@Test
	void answersUnknownAndMalformedIdsWithProblems() {
		ApiClient.Response unknown = this.api.get("/api/v1/orders/" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");

		ApiClient.Response malformed = this.api.get("/api/v1/orders/not-a-uuid");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.text("/errors/0/field")).isEqualTo("id");

		ApiClient.Response badPage = this.api.get("/api/v1/orders?size=1000");
		assertThat(badPage.status()).isEqualTo(400);
		assertThat(badPage.text("/errors/0/field")).isEqualTo("size");

		ApiClient.Response badStatus = this.api.get("/api/v1/orders?status=LOST");
		assertThat(badStatus.status()).isEqualTo(400);
		assertThat(badStatus.text("/errors/0/field")).isEqualTo("status");
	}

	@Test
	void refusesCallsWithoutAValidKey() {
		ApiClient.Response missing = this.api.withKey("").get("/api/v1/orders");
		ApiClient.Response wrong = this.api.withKey("dsk_wrong_key_000000000000000000").get("/api/v1/orders");

		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.text("/detail")).contains("unknown or revoked");
	}

}
