package dev.doorstep.order.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.doorstep.order.platform.PlatformOrders.fixture;
import static dev.doorstep.order.platform.PlatformOrders.onlyOrder;
import static dev.doorstep.order.platform.PlatformOrders.orders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shopify and WooCommerce webhooks end to end, with payloads shaped as the platforms
 * document them (fixtures in {@code src/test/resources/platform/}) and signed as the
 * platforms sign them, through {@code POST /hooks/platforms/{platform}/{shopSlug}}.
 */
@DoorstepIntegrationTest
class PlatformIntegrationTests {

	private static final String SHOPIFY_SECRET = "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";

	private static final String WOO_SECRET = "w00-webhook-secret-6e1d2c";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	PlatformInbox inbox;

	ApiClient api;

	TestShops.TestShop shop;

	@BeforeEach
	void connectedShop() {
		this.shop = this.shops.create("Platform");
		this.api = new ApiClient(this.port, this.shop.apiKey());
		assertThat(this.api.put("/api/v1/platforms/shopify", Map.of("secret", SHOPIFY_SECRET)).status()).isEqualTo(200);
		assertThat(this.api.put("/api/v1/platforms/woocommerce", Map.of("secret", WOO_SECRET)).status()).isEqualTo(200);
	}

	@Test
	void connectionShowsTheSecretMaskedAndCanBeRemoved() {
		ApiClient.Response saved = this.api.get("/api/v1/platforms/shopify");

		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body()).doesNotContain(SHOPIFY_SECRET).doesNotContain(SHOPIFY_SECRET.substring(0, 12));
		assertThat(saved.text("/secret")).isEqualTo("***9b1f");
		assertThat(saved.text("/webhookPath")).isEqualTo("/hooks/platforms/shopify/" + this.shop.shop().slug());
		assertThat(this.api.put("/api/v1/platforms/magento-1", Map.of("secret", "x")).status()).isEqualTo(404);
		assertThat(this.api.put("/api/v1/platforms/shopify", Map.of("secret", " ")).status()).isEqualTo(400);

		assertThat(this.api.delete("/api/v1/platforms/shopify").status()).isEqualTo(204);

		assertThat(this.api.get("/api/v1/platforms/shopify").status()).isEqualTo(404);
		assertThat(this.api.delete("/api/v1/platforms/shopify").status()).isEqualTo(404);
		byte[] body = fixture("shopify/orders-create.json");
		assertThat(shopify("orders/create", body, delivery(), sign(body, SHOPIFY_SECRET)).status()).isEqualTo(401);
		assertThat(orders(this.api)).isEmpty();
	}

	@Test
	void shopifyOrderIsStoredOnceAsShopifyDescribesIt() {
		byte[] body = fixture("shopify/orders-create.json");
		String delivery = delivery();

		ApiClient.Response first = shopify("orders/create", body, delivery, sign(body, SHOPIFY_SECRET));

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().at("/effects/0").asString()).isEqualTo("order 5683017302345: created");
		JsonNode order = onlyOrder(this.api);
		assertThat(order.at("/externalId").asString()).isEqualTo("5683017302345");
		assertThat(order.at("/orderNumber").asString()).isEqualTo("#1042");
		assertThat(order.at("/placedAt").asString()).isEqualTo("2026-11-20T09:15:02Z");
		assertThat(order.at("/currency").asString()).isEqualTo("EUR");
		assertThat(order.at("/locale").asString()).isEqualTo("de-DE");
		assertThat(order.at("/customer/email").asString()).isEqualTo("lena.vogel@example.com");
		assertThat(order.at("/customer/phone").asString()).isEqualTo("+4915112345678");
		assertThat(order.at("/customer/lastName").asString()).isEqualTo("Vogel");
		assertThat(order.at("/shippingAddress/line1").asString()).isEqualTo("Schönhauser Allee 12");
		assertThat(order.at("/shippingAddress/line2").asString()).isEqualTo("Hinterhaus");
		assertThat(order.at("/shippingAddress/postcode").asString()).isEqualTo("10435");
		assertThat(order.at("/shippingAddress/country").asString()).isEqualTo("DE");
		assertThat(order.at("/items/0/sku").asString()).isEqualTo("JKT-NW-M-OL");
		assertThat(order.at("/items/0/name").asString()).isEqualTo("Regenjacke Nordwind");
		assertThat(order.at("/items/0/variant").asString()).isEqualTo("M / Oliv");
		assertThat(order.at("/items/0/unitPrice").decimalValue()).isEqualByComparingTo("79.90");
		// No SKU in Shopify: named by the variant, the same in every later update.
		assertThat(order.at("/items/1/sku").asString()).isEqualTo("shopify-variant-46970513162313");
		assertThat(order.at("/total").decimalValue()).isEqualByComparingTo("89.90");
		assertThat(order.at("/status").asString()).isEqualTo("PLACED");

		// The same delivery again, and another body under the same delivery id: Shopify
		// retried; neither has an effect.
		ApiClient.Response replay = shopify("orders/create", body, delivery, sign(body, SHOPIFY_SECRET));
		byte[] updated = fixture("shopify/orders-updated.json");
		ApiClient.Response sameId = shopify("orders/updated", updated, delivery, sign(updated, SHOPIFY_SECRET));

		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().at("/duplicate").asBoolean()).isTrue();
		assertThat(sameId.json().at("/duplicate").asBoolean()).isTrue();
		assertThat(onlyOrder(this.api).at("/shippingAddress/line1").asString()).isEqualTo("Schönhauser Allee 12");
		assertThat(this.inbox.appliedDeliveries(this.shop.shop().id(), "shopify")).containsExactly(delivery);
	}

	@Test
	void forgottenDeliveryIdsAreStillGuardedByTheOrdersVersion() {
		byte[] body = fixture("shopify/orders-create.json");
		String delivery = delivery();
		shopify("orders/create", body, delivery, sign(body, SHOPIFY_SECRET));
		postShopify(this.shop, "orders/cancelled", fixture("shopify/orders-cancelled.json"));

		this.repository.forgetDeliveriesBefore(java.time.Instant.now().minus(Duration.ofDays(30)));
		assertThat(this.inbox.appliedDeliveries(this.shop.shop().id(), "shopify")).hasSize(2);
		this.repository.forgetDeliveriesBefore(java.time.Instant.now().plusSeconds(1));
		assertThat(this.inbox.appliedDeliveries(this.shop.shop().id(), "shopify")).isEmpty();

		// A very late redelivery is applied as new, and its older version changes
		// nothing.
		ApiClient.Response late = shopify("orders/create", body, delivery, sign(body, SHOPIFY_SECRET));
		assertThat(late.json().at("/duplicate").asBoolean()).isFalse();
		assertThat(late.json().at("/effects/0").asString()).contains("ignored");
		assertThat(onlyOrder(this.api).at("/status").asString()).isEqualTo("CANCELLED");
	}

	@Autowired
	dev.doorstep.order.platform.internal.PlatformRepository repository;

	@Test
	void badSignatureIs401AndStoresNothing() {
		byte[] body = fixture("shopify/orders-create.json");
		byte[] tampered = body.clone();
		tampered[200] ^= 1;

		List<ApiClient.Response> answers = List.of(
				shopify("orders/create", body, delivery(), sign(body, "not-the-secret")),
				shopify("orders/create", body, delivery(), null),
				shopify("orders/create", tampered, delivery(), sign(body, SHOPIFY_SECRET)),
				// WooCommerce's secret is not Shopify's.
				shopify("orders/create", body, delivery(), sign(body, WOO_SECRET)),
				woo("order.created", fixture("woocommerce/order-created.json"), delivery(),
						sign(fixture("woocommerce/order-created.json"), SHOPIFY_SECRET)),
				this.api.postRaw("/hooks/platforms/shopify/no-such-shop-" + UUID.randomUUID(), body,
						shopifyHeaders("orders/create", delivery(), sign(body, SHOPIFY_SECRET))));

		for (ApiClient.Response answer : answers) {
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.contentType()).startsWith("application/problem+json");
		}
		assertThat(orders(this.api)).isEmpty();
		assertThat(this.inbox.appliedDeliveries(this.shop.shop().id(), "shopify")).isEmpty();
		assertThat(this.inbox.appliedDeliveries(this.shop.shop().id(), "woocommerce")).isEmpty();
		assertThat(this.api.postRaw("/hooks/platforms/nope/" + this.shop.shop().slug(), body, Map.of()).status())
			.isEqualTo(404);
	}

	@Test
	void updateArrivingBeforeCreateEndsAsInOrder() {
		TestShops.TestShop other = this.shops.create("Platform in order");
		ApiClient otherApi = new ApiClient(this.port, other.apiKey());
		otherApi.put("/api/v1/platforms/shopify", Map.of("secret", SHOPIFY_SECRET));
		byte[] create = fixture("shopify/orders-create.json");
		byte[] update = fixture("shopify/orders-updated.json");

		// In order in the other shop, reversed here.
		postShopify(other, "orders/create", create);
		postShopify(other, "orders/updated", update);
		postShopify(this.shop, "orders/updated", update);
		ApiClient.Response late = postShopify(this.shop, "orders/create", create);

		assertThat(late.status()).isEqualTo(200);
		assertThat(late.json().at("/effects/0").asString()).contains("ignored");
		JsonNode inOrder = new ApiClient(this.port, other.apiKey()).get("/api/v1/orders").json().at("/content/0");
		JsonNode reversed = onlyOrder(this.api);
		for (String field : List.of("/externalId", "/orderNumber", "/placedAt", "/currency", "/locale", "/customer",
				"/shippingAddress", "/items", "/total", "/status")) {
			assertThat(reversed.at(field)).as(field).isEqualTo(inOrder.at(field));
		}
		assertThat(reversed.at("/shippingAddress/line1").asString()).isEqualTo("Schönhauser Allee 14");
		assertThat(reversed.at("/items/1/quantity").asInt()).isEqualTo(2);
		assertThat(reversed.at("/total").decimalValue()).isEqualByComparingTo("94.90");
	}

	@Test
	void shopifyCancellationCancelsAndAnOlderUpdateDoesNotUndoIt() {
		postShopify(this.shop, "orders/create", fixture("shopify/orders-create.json"));

		ApiClient.Response cancelled = postShopify(this.shop, "orders/cancelled",
				fixture("shopify/orders-cancelled.json"));
		ApiClient.Response late = postShopify(this.shop, "orders/updated", fixture("shopify/orders-updated.json"));

		assertThat(cancelled.json().at("/effects/0").asString()).endsWith("cancelled");
		assertThat(late.json().at("/effects/0").asString()).contains("ignored");
		JsonNode order = onlyOrder(this.api);
		assertThat(order.at("/status").asString()).isEqualTo("CANCELLED");
		assertThat(order.at("/shippingAddress/line1").asString()).isEqualTo("Schönhauser Allee 14");
	}

	@Test
	void shopifyFulfilmentBecomesATrackedShipmentWithTheNamedCarrier() {
		byte[] fulfilment = fixture("shopify/fulfillments-create.json");
		String delivery = delivery();

		// Before its order: refused so that Shopify retries, and nothing recorded.
		ApiClient.Response early = shopify("fulfillments/create", fulfilment, delivery,
				sign(fulfilment, SHOPIFY_SECRET));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.contentType()).startsWith("application/problem+json");
		assertThat(this.inbox.appliedDeliveries(this.shop.shop().id(), "shopify")).isEmpty();

		postShopify(this.shop, "orders/create", fixture("shopify/orders-create.json"));
		ApiClient.Response retried = shopify("fulfillments/create", fulfilment, delivery,
				sign(fulfilment, SHOPIFY_SECRET));
		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.json().at("/effects/0").asString())
			.isEqualTo("fulfilment 5191038025801: 1 parcel(s) reported");
		// fulfillments/update with the same parcel: still one shipment.
		postShopify(this.shop, "fulfillments/update", fulfilment);

		String orderId = onlyOrder(this.api).at("/id").asString();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.get("/api/v1/orders/" + orderId + "/shipments").json().size() == 1);
		JsonNode shipment = this.api.get("/api/v1/orders/" + orderId + "/shipments").json().get(0);
		assertThat(shipment.at("/carrier").asString()).isEqualTo("ups");
		assertThat(shipment.at("/trackingNumber").asString()).isEqualTo("1Z5R89390357567127");
		assertThat(shipment.at("/shippedAt").asString()).isEqualTo("2026-11-21T08:30:11Z");
		assertThat(shipment.at("/items/0/sku").asString()).isEqualTo("JKT-NW-M-OL");
		assertThat(shipment.at("/items/0/quantity").asInt()).isEqualTo(1);
		// The jacket left, the spray did not.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "PARTIALLY_SHIPPED".equals(this.api.get("/api/v1/orders/" + orderId).text("/status")));
		assertThat(this.api.get("/api/v1/orders/" + orderId + "/shipments").json().size()).isEqualTo(1);
	}

	@Test
	void shopifyRefundIsAcknowledgedAndRecordsNothing() {
		postShopify(this.shop, "orders/create", fixture("shopify/orders-create.json"));
		JsonNode before = onlyOrder(this.api);

		ApiClient.Response refund = postShopify(this.shop, "refunds/create", fixture("shopify/refunds-create.json"));

		assertThat(refund.status()).isEqualTo(200);
		assertThat(refund.json().at("/effects/0").asString()).isEqualTo("refund acknowledged, not recorded");
		assertThat(onlyOrder(this.api)).isEqualTo(before);
	}

	@Test
	void wooCommerceOrderIsStoredWithItsShippingAddressAndVariation() {
		byte[] body = fixture("woocommerce/order-created.json");
		String delivery = delivery();

		ApiClient.Response created = woo("order.created", body, delivery, sign(body, WOO_SECRET));
		ApiClient.Response replay = woo("order.created", body, delivery, sign(body, WOO_SECRET));

		assertThat(created.status()).isEqualTo(200);
		assertThat(replay.json().at("/duplicate").asBoolean()).isTrue();
		JsonNode order = onlyOrder(this.api);
		assertThat(order.at("/externalId").asString()).isEqualTo("4711");
		assertThat(order.at("/orderNumber").asString()).isEqualTo("4711");
		assertThat(order.at("/placedAt").asString()).isEqualTo("2026-11-20T10:05:40Z");
		assertThat(order.at("/customer/email").asString()).isEqualTo("jonas.becker@example.com");
		assertThat(order.at("/customer/phone").asString()).isEqualTo("+49 221 1234567");
		assertThat(order.at("/shippingAddress/line2").asString()).isEqualTo("3. OG");
		assertThat(order.at("/shippingAddress/city").asString()).isEqualTo("Köln");
		assertThat(order.at("/items/0/sku").asString()).isEqualTo("CUP-SET-BL");
		assertThat(order.at("/items/0/variant").asString()).isEqualTo("Farbe: Blau");
		assertThat(order.at("/items/0/quantity").asInt()).isEqualTo(2);
		assertThat(order.at("/items/0/imageUrl").asString())
			.isEqualTo("https://shop.example/wp-content/uploads/2026/05/cups-blue.jpg");
		assertThat(order.at("/total").decimalValue()).isEqualByComparingTo("54.80");
		assertThat(this.inbox.appliedDeliveries(this.shop.shop().id(), "woocommerce")).containsExactly(delivery);
	}

	@Test
	void wooCommercePingWhenAWebhookIsSavedIsAnswered200AndChangesNothing() {
		// WC_Webhook::deliver_ping: unsigned, form-encoded, and the webhook is not saved
		// unless the answer is exactly 200.
		Map<String, String> headers = Map.of("Content-Type", "application/x-www-form-urlencoded", "User-Agent",
				"WooCommerce/9.4.2 Hookshot (WordPress/6.7)");
		byte[] ping = "webhook_id=12".getBytes(StandardCharsets.US_ASCII);

		ApiClient.Response answer = this.api.postRaw("/hooks/platforms/woocommerce/" + this.shop.shop().slug(), ping,
				headers);
		ApiClient.Response notAPing = this.api.postRaw("/hooks/platforms/woocommerce/" + this.shop.shop().slug(),
				"webhook_id=12&status=cancelled".getBytes(StandardCharsets.US_ASCII), headers);
		ApiClient.Response shopifyPing = this.api.postRaw("/hooks/platforms/shopify/" + this.shop.shop().slug(), ping,
				headers);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().at("/ping").asBoolean()).isTrue();
		assertThat(notAPing.status()).isEqualTo(401);
		assertThat(shopifyPing.status()).isEqualTo(401);
		assertThat(this.inbox.appliedDeliveries(this.shop.shop().id(), "woocommerce")).isEmpty();
		assertThat(orders(this.api)).isEmpty();
	}

	@Test
	void wooCommerceShipmentTrackingBecomesShipmentsByNameOrByNumber() {
		postWoo("order.created", fixture("woocommerce/order-created.json"));

		ApiClient.Response shipped = postWoo("order.updated", fixture("woocommerce/order-shipped.json"));

		assertThat(shipped.status()).isEqualTo(200);
		assertThat(shipped.json().at("/effects").size()).isEqualTo(3);
		String orderId = onlyOrder(this.api).at("/id").asString();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.get("/api/v1/orders/" + orderId + "/shipments").json().size() == 2);
		Map<String, String> carriers = new LinkedHashMap<>();
		this.api.get("/api/v1/orders/" + orderId + "/shipments")
			.json()
			.forEach(s -> carriers.put(s.at("/trackingNumber").asString(), s.at("/carrier").asString()));
		// The first names its provider; the second names none and is known by its 1Z.
		assertThat(carriers).containsEntry("00340434161094042557", "dhl").containsEntry("1Z5R89390357567127", "ups");
		JsonNode dhl = this.api.get("/api/v1/shipments?trackingNumber=00340434161094042557").json();
		assertThat(dhl.toString()).contains("2026-11-21T08:40:00Z");
	}

	@Test
	void wooCommerceCheckoutAwaitingPaymentIsPlacedOnlyOncePaid() {
		ApiClient.Response pending = postWoo("order.created", fixture("woocommerce/order-pending.json"));

		assertThat(pending.json().at("/effects/0").asString()).isEqualTo("order 4711: status pending, not placed yet");
		assertThat(orders(this.api)).isEmpty();

		ApiClient.Response paid = postWoo("order.updated", fixture("woocommerce/order-created.json"));

		assertThat(paid.json().at("/effects/0").asString()).isEqualTo("order 4711: created");
		assertThat(onlyOrder(this.api).at("/status").asString()).isEqualTo("PLACED");
	}

	@Test
	void cancelledShopifyFulfilmentTracksNothing() {
		postShopify(this.shop, "orders/create", fixture("shopify/orders-create.json"));

		ApiClient.Response cancelled = postShopify(this.shop, "fulfillments/update",
				fixture("shopify/fulfillments-cancelled.json"));

		assertThat(cancelled.json().at("/effects/0").asString())
			.isEqualTo("fulfilment 5191038025801: status cancelled, nothing to track");
		String orderId = onlyOrder(this.api).at("/id").asString();
		assertThat(this.api.get("/api/v1/orders/" + orderId + "/shipments").json().size()).isZero();
	}

	@Test
	void wooCommerceCancellationCancelsAndAnOlderCreateDoesNotUndoIt() {
		ApiClient.Response cancelled = postWoo("order.updated", fixture("woocommerce/order-cancelled.json"));
		ApiClient.Response late = postWoo("order.created", fixture("woocommerce/order-created.json"));

		assertThat(cancelled.json().at("/effects/0").asString()).isEqualTo("order 4711: created, cancelled");
		assertThat(late.json().at("/effects/0").asString()).contains("ignored");
		assertThat(onlyOrder(this.api).at("/status").asString()).isEqualTo("CANCELLED");
	}

	private ApiClient.Response postShopify(TestShops.TestShop target, String topic, byte[] body) {
		ApiClient.Response answer = new ApiClient(this.port, target.apiKey()).postRaw(
				"/hooks/platforms/shopify/" + target.shop().slug(), body,
				shopifyHeaders(topic, delivery(), sign(body, SHOPIFY_SECRET)));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer;
	}

	private ApiClient.Response shopify(String topic, byte[] body, String delivery, String signature) {
		return this.api.postRaw("/hooks/platforms/shopify/" + this.shop.shop().slug(), body,
				shopifyHeaders(topic, delivery, signature));
	}

	/** The headers Shopify sends with every webhook. */
	private Map<String, String> shopifyHeaders(String topic, String delivery, String signature) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		headers.put("X-Shopify-Topic", topic);
		headers.put("X-Shopify-Shop-Domain", "nordwind-test.myshopify.com");
		headers.put("X-Shopify-API-Version", "2025-10");
		headers.put("X-Shopify-Webhook-Id", delivery);
		headers.put("X-Shopify-Event-Id", UUID.randomUUID().toString());
		headers.put("X-Shopify-Triggered-At", "2026-11-20T09:15:03.812Z");
		if (signature != null) {
			headers.put("X-Shopify-Hmac-Sha256", signature);
		}
		return headers;
	}

	private ApiClient.Response postWoo(String topic, byte[] body) {
		ApiClient.Response answer = woo(topic, body, delivery(), sign(body, WOO_SECRET));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer;
	}

	/** The headers WooCommerce sends with every webhook. */
	private ApiClient.Response woo(String topic, byte[] body, String delivery, String signature) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		headers.put("User-Agent", "WooCommerce/9.4.2 Hookshot (WordPress/6.7)");
		headers.put("X-WC-Webhook-Source", "https://shop.example/");
		headers.put("X-WC-Webhook-Topic", topic);
		headers.put("X-WC-Webhook-Resource", "order");
		headers.put("X-WC-Webhook-Event", topic.substring(topic.indexOf('.') + 1));
		headers.put("X-WC-Webhook-ID", "12");
		headers.put("X-WC-Webhook-Delivery-ID", delivery);
		headers.put("X-WC-Webhook-Signature", signature);
		return this.api.postRaw("/hooks/platforms/woocommerce/" + this.shop.shop().slug(), body, headers);
	}

	private static String delivery() {
		return UUID.randomUUID().toString();
	}

	/**
	 * base64(HMAC-SHA256(body, secret)), computed here independently of the code under
	 * test.
	 */
	private static String sign(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
