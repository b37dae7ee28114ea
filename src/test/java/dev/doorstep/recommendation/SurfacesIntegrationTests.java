package dev.doorstep.recommendation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.doorstep.notification.Message;
import dev.doorstep.notification.TemplateTexts;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Cross-sell on the shopper's surfaces: the tracking page's "You may also like". */
@DoorstepIntegrationTest
class SurfacesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	dev.doorstep.notification.NotificationTemplates templates;

	@Autowired
	dev.doorstep.notification.Notifications notifications;

	@Autowired
	dev.doorstep.notification.internal.Dispatcher dispatcher;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	ShopId shop;

	final HttpClient http = HttpClient.newHttpClient();

	ApiClient api;

	@BeforeEach
	void shopWithCatalogueAndOrders() {
		TestShops.TestShop created = this.shops.create("Surfaces shop");
		this.shop = created.shop().id();
		this.api = new ApiClient(this.port, created.apiKey());
		List<Map<String, Object>> products = new ArrayList<>();
		for (String sku : List.of("TENT", "PEGS", "STOVE", "MAT", "LAMP")) {
			products.add(Map.of("sku", sku, "name", "The <b>" + sku.toLowerCase() + "</b>", "category", "camping",
					"price", 19.9, "currency", "EUR", "productUrl", "https://shop.example/p/" + sku, "imageUrl",
					"https://shop.example/i/" + sku + ".jpg"));
		}
		assertThat(this.api.post("/api/v1/products", Map.of("products", products)).status()).isEqualTo(200);
		for (String sku : List.of("PEGS", "STOVE", "MAT", "LAMP")) {
			order("TENT", sku);
			order("TENT", sku);
		}
	}

	String order(String... skus) {
		Map<String, Object> order = new LinkedHashMap<>(Fixtures.order(UUID.randomUUID().toString(), "S-1"));
		// Recent: only recent orders are confirmed by email.
		order.put("placedAt", java.time.Instant.now().toString());
		// A shopper of this test's own: the shared fixture shopper has had many messages
		// by
		// the time this class runs, and the frequency cap would hold the confirmation
		// back.
		order.put("customer", Map.of("email", "surfaces-" + UUID.randomUUID() + "@example.com", "firstName", "Sam"));
		order.put("items", List.of(skus)
			.stream()
			.map(sku -> Map.of("sku", sku, "name", sku, "category", "camping", "quantity", 1, "unitPrice", 19.9))
			.toList());
		ApiClient.Response response = this.api.post("/api/v1/orders", order);
		assertThat(response.status()).isEqualTo(201);
		return response.text("/id");
	}

	String trackingPath(String orderId) {
		Map<String, Object> shipment = Fixtures.shipment("dhl", "DHL" + UUID.randomUUID());
		shipment.put("items", List.of(Map.of("sku", "TENT", "quantity", 1)));
		ApiClient.Response created = this.api.post("/api/v1/orders/" + orderId + "/shipments", shipment);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return URI.create(created.text("/trackingUrl")).getPath();
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void trackingPageShowsProductsBehindSignedLinks() throws Exception {
		String page = trackingPath(order("TENT"));

		String en = get(page + "?lang=en").body();
		assertThat(en).contains("You may also like")
			.contains("The &lt;b&gt;pegs&lt;/b&gt;")
			.doesNotContain("<b>pegs")
			.contains("https://shop.example/i/PEGS.jpg")
			.contains("€19.90");
		// The basket's own tent is not offered; product links go through /go/, not to the
		// shop directly.
		assertThat(en).doesNotContain("https://shop.example/p/").doesNotContain("The &lt;b&gt;tent");
		Matcher links = Pattern.compile("href=\"(/go/[^\"]+)\"").matcher(en);
		List<String> hrefs = new ArrayList<>();
		while (links.find()) {
			hrefs.add(links.group(1));
		}
		assertThat(hrefs).hasSizeBetween(3, 6);
		HttpResponse<String> click = get(hrefs.get(0));
		assertThat(click.statusCode()).isEqualTo(303);
		assertThat(click.headers().firstValue("Location").orElseThrow()).startsWith("https://shop.example/p/");

		String de = get(page + "?lang=de").body();
		assertThat(de).contains("Das könnte Ihnen auch gefallen").contains("19,90\u00a0€");
	}

	@Test
	void tooFewProductsShowNoSection() throws Exception {
		// A basket of all but one of the catalogue leaves a single product to offer.
		String page = trackingPath(order("TENT", "PEGS", "STOVE", "MAT"));

		assertThat(get(page + "?lang=en").body()).doesNotContain("You may also like").doesNotContain("/go/");
	}

	@Test
	void orderConfirmationTemplateListsRecommendations() throws Exception {
		// The fixture orders are German: the shop's own German confirmation prints the
		// variable.
		this.templates.save(this.shop, Trigger.ORDER_CONFIRMED, java.util.Locale.GERMAN,
				new TemplateTexts("Danke {{order.number}}", "Danke!",
						"Dazu passt:{{#recommendations}} [{{name}} | {{price}} | {{url}}]{{/recommendations}}",
						"Danke"));
		Message message = confirmation(order("TENT"));
		assertThat(message.trigger()).isEqualTo(Trigger.ORDER_CONFIRMED);
		String text = message.bodyText();
		assertThat(text).contains("[The <b>pegs</b> | 19,90\u00a0€ | http").doesNotContain("TENT\n");
		assertThat(message.bodyHtml()).contains("The &lt;b&gt;pegs&lt;/b&gt;");
		Matcher link = Pattern.compile("\\| (http://[^\\]]+/go/[^\\]]+)\\]").matcher(text);
		assertThat(link.find()).as(text).isTrue();
		HttpResponse<String> click = get(URI.create(link.group(1)).getPath());
		assertThat(click.statusCode()).isEqualTo(303);
		assertThat(click.headers().firstValue("Location").orElseThrow()).startsWith("https://shop.example/p/");
	}

	/** The order's confirmation message, once sent. */
	Message confirmation(String order) {
		org.awaitility.Awaitility.await()
			.until(() -> !this.notifications.messages(this.shop, new OrderId(UUID.fromString(order)), null, 10, 0)
				.isEmpty());
		this.jdbc.sql("UPDATE notification_message SET due_at = now() - interval '1 second' WHERE order_id = ?")
			.param(UUID.fromString(order))
			.update();
		// Messages other classes left due would be sent first, a batch per round: this
		// class's message goes to the front of the shared queue.
		this.jdbc
			.sql("UPDATE notification_message SET due_at = now() + interval '1 day'"
					+ " WHERE status = 'SCHEDULED' AND order_id <> ?")
			.param(UUID.fromString(order))
			.update();
		// The shared database holds other classes' due messages; each round sends a
		// batch.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> {
			this.dispatcher.dispatchDue();
			return this.notifications.messages(this.shop, new OrderId(UUID.fromString(order)), null, 10, 0)
				.getFirst()
				.bodyText() != null;
		});
		Message message = this.notifications.messages(this.shop, new OrderId(UUID.fromString(order)), null, 10, 0)
			.getFirst();
		return message;
	}

	@Test
	void bundledConfirmationListsRecommendationsUnderAHeading() throws Exception {
		// No shop text: the bundled German confirmation prints the products itself.
		Message message = confirmation(order("TENT"));

		assertThat(message.trigger()).isEqualTo(Trigger.ORDER_CONFIRMED);
		assertThat(message.bodyText()).containsPattern(
				"Das könnte Ihnen auch gefallen:\n(- .+\n)*- The <b>pegs</b> \\(19,90\u00a0€\\): http://\\S+/go/");
		assertThat(message.bodyHtml()).contains("Das könnte Ihnen auch gefallen")
			.contains("<strong>The &lt;b&gt;pegs&lt;/b&gt;</strong>")
			.containsPattern("href=\"http://[^\"]+/go/");
	}

	@Test
	void shopTextThatPrintsRecommendationsGetsNoSecondList() throws Exception {
		this.templates.save(this.shop, Trigger.ORDER_CONFIRMED, java.util.Locale.GERMAN,
				new TemplateTexts("Danke {{order.number}}", "Danke!",
						"Dazu passt:{{#recommendations}} [{{name}}]{{/recommendations}}", "Danke"));

		Message message = confirmation(order("TENT"));

		assertThat(message.bodyText()).contains("[The <b>pegs</b>]").doesNotContain("Das könnte Ihnen auch gefallen");
	}

	HttpResponse<String> get(String path, String origin) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Origin", origin)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void thankYouFragmentBeforeAndAfterShipping() throws Exception {
		this.jdbc.sql("UPDATE shop SET website_url = 'https://shop.example/checkout' WHERE id = ?")
			.param(this.shop.value())
			.update();
		String order = order("TENT");
		ApiClient.Response placed = this.api.get("/api/v1/orders/" + order);
		String thankYou = placed.text("/thankYouUrl");
		assertThat(thankYou).matches("http://localhost:\\d+/embed/thank-you/[0-9a-f]{32}");
		String path = URI.create(thankYou).getPath();

		HttpResponse<String> en = get(path + "?lang=en", "https://shop.example");
		assertThat(en.statusCode()).isEqualTo(200);
		assertThat(en.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(en.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example");
		assertThat(en.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
		assertThat(en.body()).contains("What happens next")
			.contains("We are packing your order S-1")
			.contains("You may also like")
			.contains("The &lt;b&gt;pegs&lt;/b&gt;")
			.contains("/go/")
			.doesNotContain("<script")
			.doesNotContain("style=")
			// No parcel yet: no tracking page to link to.
			.doesNotContain("#updates");

		// Shipped: the tracking token works too, and names the carrier and the Updates
		// link.
		String tracking = trackingPath(order);
		String de = get("/embed/thank-you/" + tracking.substring(tracking.lastIndexOf('/') + 1) + "?lang=de",
				"https://evil.example")
			.body();
		assertThat(de).contains("Wie es weitergeht")
			.contains("ist mit DHL unterwegs")
			.contains("Das könnte Ihnen auch gefallen")
			.contains(tracking + "?lang=de#updates");
		// The parcel's delivery window, once the delivery module has predicted it.
		String tokenPath = "/embed/thank-you/" + tracking.substring(tracking.lastIndexOf('/') + 1) + "?lang=en";
		org.awaitility.Awaitility.await()
			.untilAsserted(() -> assertThat(get(tokenPath, "https://shop.example").body())
				.containsPattern("Expected delivery: [A-Z][a-z]+ \\d+, 20\\d\\d"));
		// The order's own language (the fixture's is German) without ?lang.
		assertThat(get(path, "https://shop.example").body()).contains("Wie es weitergeht");
		assertThat(get("/embed/thank-you/" + "0".repeat(32), "https://shop.example").statusCode()).isEqualTo(404);
		assertThat(get("/embed/thank-you/not-a-token", "https://shop.example").statusCode()).isEqualTo(404);
	}

}
