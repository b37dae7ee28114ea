package dev.doorstep.recommendation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.recommendation.internal.Clicks;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Signed click links ({@code /go/…}) and the revenue attributed to them: tampering, no
 * open redirect, the 7-day window, once per click and order.
 */
@DoorstepIntegrationTest
class ClickAttributionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ClickLinks links;

	@Autowired
	Clicks clicks;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	ApiClient api;

	ShopId shop;

	OrderId shownFor;

	@BeforeEach
	void shopWithCatalogueAndOrder() {
		TestShops.TestShop created = this.shops.create("Cross-sell shop");
		this.shop = created.shop().id();
		this.api = new ApiClient(this.port, created.apiKey());
		assertThat(
				this.api
					.post("/api/v1/products",
							Map.of("products",
									List.of(Map.of("sku", "PEGS", "name", "Pegs", "price", 9.5, "currency", "EUR",
											"productUrl", "https://shop.example/p/PEGS"),
											Map.of("sku", "NOURL", "name", "No page", "price", 1, "currency", "EUR"))))
					.status())
			.isEqualTo(200);
		this.shownFor = new OrderId(
				UUID.fromString(place(Fixtures.placedAt().toString(), "Anna.Schmidt@Example.com", "JKT-1")));
	}

	String place(String placedAt, String email, String sku) {
		Map<String, Object> order = new LinkedHashMap<>(Fixtures.order(UUID.randomUUID().toString(), "N-1"));
		order.put("placedAt", placedAt);
		order.put("customer", Map.of("email", email, "firstName", "Anna"));
		order.put("items", List.of(Map.of("sku", sku, "name", sku, "quantity", 2, "unitPrice", 9.5),
				Map.of("sku", "OTHER", "name", "Other", "quantity", 1, "unitPrice", 3)));
		ApiClient.Response response = this.api.post("/api/v1/orders", order);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.text("/id");
	}

	HttpResponse<String> go(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	long clicksStored() {
		return this.jdbc.sql("SELECT count(*) FROM recommendation_click WHERE shop_id = ?")
			.param(this.shop.value())
			.query(Long.class)
			.single();
	}

	@Test
	void signedLinkRecordsTheClickAndRedirectsToTheCataloguePage() throws Exception {
		HttpResponse<String> response = go(this.links.path(this.shop, this.shownFor, "PEGS", Surface.EMAIL));

		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location")).hasValue("https://shop.example/p/PEGS");
		assertThat(clicksStored()).isEqualTo(1);
		JsonNode report = this.api.get("/api/v1/recommendations/attribution").json();
		assertThat(report.get("clicks").asLong()).isEqualTo(1);
		assertThat(report.get("clicksBySurface").get(0).get("surface").asString()).isEqualTo("EMAIL");
		// Another shop's report counts only its own clicks.
		ApiClient other = new ApiClient(this.port, this.shops.create("Other shop").apiKey());
		assertThat(other.get("/api/v1/recommendations/attribution").json().get("clicks").asLong()).isZero();
	}

	@Test
	void tamperedPayloadOrSignatureIsNotFound() throws Exception {
		String path = this.links.path(this.shop, this.shownFor, "PEGS", Surface.EMAIL);
		String payload = path.substring(4, path.indexOf('.'));
		String signature = path.substring(path.indexOf('.') + 1);
		// Another SKU under the old signature.
		String otherPayload = this.links.path(this.shop, this.shownFor, "NOURL", Surface.EMAIL);
		otherPayload = otherPayload.substring(4, otherPayload.indexOf('.'));
		char first = signature.charAt(0);
		String flipped = ((first == 'A') ? 'B' : 'A') + signature.substring(1);
		// The same bytes spelled otherwise: the last character's two spare bits set.
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
		char last = signature.charAt(signature.length() - 1);
		String respelled = signature.substring(0, signature.length() - 1) + alphabet.charAt(alphabet.indexOf(last) + 1);

		assertThat(go("/go/" + otherPayload + "." + signature).statusCode()).isEqualTo(404);
		assertThat(go("/go/" + payload + "." + flipped).statusCode()).isEqualTo(404);
		assertThat(go("/go/" + payload + "." + respelled).statusCode()).isEqualTo(404);
		assertThat(go("/go/" + payload + ".").statusCode()).isEqualTo(404);
		assertThat(go("/go/" + payload + ".not*base64").statusCode()).isEqualTo(404);
		assertThat(clicksStored()).isZero();
	}

	@Test
	void noOpenRedirect() throws Exception {
		// A target in the request is ignored; a product without a page has nowhere to go.
		HttpResponse<String> withTarget = go(
				this.links.path(this.shop, this.shownFor, "PEGS", Surface.EMAIL) + "?url=https://evil.example/");
		assertThat(withTarget.headers().firstValue("Location")).hasValue("https://shop.example/p/PEGS");
		assertThat(go(this.links.path(this.shop, this.shownFor, "NOURL", Surface.EMAIL)).statusCode()).isEqualTo(404);
		assertThat(go(this.links.path(this.shop, this.shownFor, "UNKNOWN", Surface.EMAIL)).statusCode()).isEqualTo(404);
		// A link of another shop's order does not resolve in this one.
		assertThat(
				go(this.links.path(new ShopId(UUID.randomUUID()), this.shownFor, "PEGS", Surface.EMAIL)).statusCode())
			.isEqualTo(404);
	}

	@Test
	void revenueWithinSevenDaysOfTheClickIsAttributedOncePerClickAndOrder() throws Exception {
		assertThat(go(this.links.path(this.shop, this.shownFor, "PEGS", Surface.TRACKING_PAGE)).statusCode())
			.isEqualTo(303);
		Instant clickedAt = this.jdbc.sql("SELECT at FROM recommendation_click WHERE shop_id = ?")
			.param(this.shop.value())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();

		// Same shopper (email normalized), within 7 days: the PEGS line (2 × 9.50)
		// counts.
		String inside = place(clickedAt.plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.SECONDS).toString(),
				"anna.schmidt@EXAMPLE.com", "PEGS");
		// Just after the window, before the click, another shopper: nothing.
		String late = place(clickedAt.plus(Duration.ofDays(7)).plusSeconds(5).toString(), "anna.schmidt@example.com",
				"PEGS");
		String before = place(clickedAt.minus(Duration.ofHours(1)).toString(), "anna.schmidt@example.com", "PEGS");
		String stranger = place(clickedAt.plus(Duration.ofDays(1)).toString(), "bob@example.com", "PEGS");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(attributedOrders()).containsExactly(inside));
		// A redelivered OrderPlaced adds nothing.
		assertThat(this.clicks.attribute(this.shop, new OrderId(UUID.fromString(inside)))).isEmpty();
		for (String other : List.of(late, before, stranger)) {
			assertThat(this.clicks.attribute(this.shop, new OrderId(UUID.fromString(other)))).isEmpty();
		}
		assertThat(attributedOrders()).containsExactly(inside);

		JsonNode report = this.api
			.get("/api/v1/recommendations/attribution?from=" + clickedAt.minus(Duration.ofDays(1)) + "&to="
					+ clickedAt.plus(Duration.ofDays(30)))
			.json();
		assertThat(report.get("attributedOrders").asLong()).isEqualTo(1);
		JsonNode revenue = report.get("revenueBySurface").get(0);
		assertThat(revenue.get("surface").asString()).isEqualTo("TRACKING_PAGE");
		assertThat(revenue.get("revenue").decimalValue()).isEqualByComparingTo("19.00");
		assertThat(this.api.get("/api/v1/recommendations/attribution?from=nonsense").status()).isEqualTo(400);
	}

	List<String> attributedOrders() {
		return this.jdbc.sql("SELECT order_id::text FROM recommendation_attribution WHERE shop_id = ?")
			.param(this.shop.value())
			.query(String.class)
			.list();
	}

}
