package dev.doorstep.order.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
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
 * Shopware 6 as an app: the registration handshake as Shopware's app system performs it
 * (signed here, independently of the code under test), then app webhooks shaped as
 * Shopware serializes them ({@code src/test/resources/platform/shopware/}), signed with
 * the shop secret the handshake agreed on.
 */
@DoorstepIntegrationTest
class PlatformShopwareIntegrationTests {

	private static final String APP_SECRET = "sw-app-secret-8c1f0e2d7b4a";

	private static final String APP_NAME = "DoorstepTracking";

	private static final String SHOPWARE_SHOP_ID = "KIPf0Fz6BUkN";

	private static final String SHOP_URL = "https://nordwind-shop.example";

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
		this.shop = this.shops.create("Shopware");
		this.api = new ApiClient(this.port, this.shop.apiKey());
		ApiClient.Response connected = this.api.put("/api/v1/platforms/shopware",
				Map.of("secret", APP_SECRET, "appName", APP_NAME));
		assertThat(connected.status()).as(connected.body()).isEqualTo(200);
	}

	@Test
	void registrationHandshakeProvesTheAppSecretAndAgreesOnAShopSecret() {
		// Not registered yet: no webhook can verify.
		byte[] placed = fixture("shopware/order-placed.json");
		assertThat(webhook(placed, hex(placed, "anything")).status()).isEqualTo(401);

		String query = query(SHOPWARE_SHOP_ID, SHOP_URL, Instant.now());
		ApiClient.Response registration = register(query, hex(bytes(query), APP_SECRET), null);

		assertThat(registration.status()).as(registration.body()).isEqualTo(200);
		// The proof Shopware recomputes: HMAC(shop-id + shop-url + app name, app secret).
		assertThat(registration.text("/proof"))
			.isEqualTo(hex(bytes(SHOPWARE_SHOP_ID + SHOP_URL + APP_NAME), APP_SECRET));
		String secret = registration.text("/secret");
		assertThat(secret).hasSizeBetween(64, 255);
		assertThat(registration.text("/confirmation_url")).isEqualTo("http://localhost:" + this.port
				+ "/hooks/platforms/shopware/" + this.shop.shop().slug() + "/register/confirm");

		// Until the shop confirms, the new secret signs nothing.
		assertThat(webhook(placed, hex(placed, secret)).status()).isEqualTo(401);
		byte[] confirmation = confirmation(SHOPWARE_SHOP_ID, Instant.now());
		assertThat(confirm(confirmation, hex(confirmation, "not-the-secret")).status()).isEqualTo(401);
		assertThat(confirm(confirmation, hex(confirmation, APP_SECRET)).status()).isEqualTo(401);

		ApiClient.Response confirmed = confirm(confirmation, hex(confirmation, secret));

		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
		assertThat(webhook(placed, hex(placed, secret)).status()).isEqualTo(200);
		ApiClient.Response connection = this.api.get("/api/v1/platforms/shopware");
		assertThat(connection.body()).doesNotContain(APP_SECRET).doesNotContain(secret);
		assertThat(connection.json().at("/details/registered").asBoolean()).isTrue();
		assertThat(connection.text("/details/shopUrl")).isEqualTo(SHOP_URL);
		assertThat(connection.text("/appName")).isEqualTo(APP_NAME);
	}

	@Test
	void registrationWithAWrongOrStaleSignatureIsRefused() {
		String query = query(SHOPWARE_SHOP_ID, SHOP_URL, Instant.now());
		String stale = query(SHOPWARE_SHOP_ID, SHOP_URL, Instant.now().minus(Duration.ofHours(1)));

		List<ApiClient.Response> answers = List.of(register(query, hex(bytes(query), "not-the-app-secret"), null),
				register(query, null, null),
				// Signed, then another shop URL put in.
				register(query.replace("nordwind-shop", "attacker"), hex(bytes(query), APP_SECRET), null),
				register(stale, hex(bytes(stale), APP_SECRET), null),
				getRaw("/hooks/platforms/shopware/no-such-shop-" + UUID.randomUUID() + "/register?" + query,
						Map.of("shopware-app-signature", hex(bytes(query), APP_SECRET))));

		for (ApiClient.Response answer : answers) {
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.body()).doesNotContain("secret\":");
		}
		// A handshake that never started cannot be confirmed.
		byte[] confirmation = confirmation(SHOPWARE_SHOP_ID, Instant.now());
		assertThat(confirm(confirmation, hex(confirmation, APP_SECRET)).status()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/platforms/shopware").json().at("/details/registered").asBoolean()).isFalse();
	}

	@Test
	void reRegistrationMustBeSignedWithTheCurrentShopSecretTooAndRotatesIt() {
		String first = registered();
		String query = query(SHOPWARE_SHOP_ID, SHOP_URL, Instant.now());

		// Whoever knows only the app secret cannot take over a registered shop.
		assertThat(register(query, hex(bytes(query), APP_SECRET), null).status()).isEqualTo(401);
		assertThat(register(query, hex(bytes(query), APP_SECRET), hex(bytes(query), "guess")).status()).isEqualTo(401);
		ApiClient.Response again = register(query, hex(bytes(query), APP_SECRET), hex(bytes(query), first));
		assertThat(again.status()).isEqualTo(200);
		String second = again.text("/secret");
		assertThat(second).isNotEqualTo(first);

		// The old secret holds until the shop confirms the new one.
		byte[] placed = fixture("shopware/order-placed.json");
		assertThat(webhook(placed, hex(placed, first)).status()).isEqualTo(200);
		assertThat(
				webhook(fixture("shopware/order-cancelled.json"), hex(fixture("shopware/order-cancelled.json"), second))
					.status())
			.isEqualTo(401);
		byte[] confirmation = confirmation(SHOPWARE_SHOP_ID, Instant.now());
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		headers.put("shopware-shop-signature", hex(confirmation, second));
		headers.put("shopware-shop-signature-previous", hex(confirmation, "not-the-previous"));
		assertThat(postRaw(confirmPath(), confirmation, headers).status()).isEqualTo(401);
		headers.put("shopware-shop-signature-previous", hex(confirmation, first));
		assertThat(postRaw(confirmPath(), confirmation, headers).status()).isEqualTo(204);

		byte[] cancelled = fixture("shopware/order-cancelled.json");
		assertThat(webhook(cancelled, hex(cancelled, second)).status()).isEqualTo(200);
		assertThat(onlyOrder(this.api).at("/status").asString()).isEqualTo("CANCELLED");
		// A webhook signed just before the switch still counts (for a minute).
		byte[] shipped = fixture("shopware/order-shipped.json");
		assertThat(webhook(shipped, hex(shipped, first)).status()).isEqualTo(200);
		assertThat(webhook(shipped, hex(shipped, "neither")).status()).isEqualTo(401);
	}

	@Test
	void placedOrderIsStoredAsShopwareDescribesIt() {
		String secret = registered();
		byte[] placed = fixture("shopware/order-placed.json");

		ApiClient.Response first = webhook(placed, hex(placed, secret));

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.text("/topic")).isEqualTo("checkout.order.placed");
		assertThat(first.text("/deliveryId")).isEqualTo("0191b2c4e9f07e8a9b0c1d2e3f4a5b6c");
		JsonNode order = onlyOrder(this.api);
		assertThat(order.at("/externalId").asString()).isEqualTo("0191b2c4e7a87b3d9f1e6a2c4d8b0e17");
		assertThat(order.at("/orderNumber").asString()).isEqualTo("10042");
		assertThat(order.at("/placedAt").asString()).isEqualTo("2026-11-20T09:15:02.412Z");
		assertThat(order.at("/currency").asString()).isEqualTo("EUR");
		assertThat(order.at("/locale").asString()).isEqualTo("de-DE");
		assertThat(order.at("/customer/email").asString()).isEqualTo("lena.vogel@example.com");
		assertThat(order.at("/customer/phone").asString()).isEqualTo("+4915112345678");
		assertThat(order.at("/customer/firstName").asString()).isEqualTo("Lena");
		assertThat(order.at("/shippingAddress/line1").asString()).isEqualTo("Schönhauser Allee 12");
		assertThat(order.at("/shippingAddress/line2").asString()).isEqualTo("Hinterhaus");
		assertThat(order.at("/shippingAddress/postcode").asString()).isEqualTo("10435");
		assertThat(order.at("/shippingAddress/country").asString()).isEqualTo("DE");
		// The promotion is not a line of goods.
		assertThat(order.at("/items").size()).isEqualTo(2);
		assertThat(order.at("/items/0/sku").asString()).isEqualTo("JKT-NW-M-OL");
		assertThat(order.at("/items/0/name").asString()).isEqualTo("Regenjacke Nordwind");
		assertThat(order.at("/items/0/variant").asString()).isEqualTo("Größe: M, Farbe: Oliv");
		assertThat(order.at("/items/0/unitPrice").decimalValue()).isEqualByComparingTo("79.90");
		assertThat(order.at("/total").decimalValue()).isEqualByComparingTo("89.90");
		assertThat(order.at("/status").asString()).isEqualTo("PLACED");

		// Shopware retried: same event id, no second effect.
		ApiClient.Response replay = webhook(placed, hex(placed, secret));
		assertThat(replay.json().at("/duplicate").asBoolean()).isTrue();
		assertThat(this.inbox.appliedDeliveries(this.shop.shop().id(), "shopware"))
			.containsExactly("0191b2c4e9f07e8a9b0c1d2e3f4a5b6c");
		assertThat(orders(this.api)).hasSize(1);
	}

	@Test
	void shippedDeliveryBecomesAParcelWithATrackingPageOnce() {
		String secret = registered();
		byte[] shipped = fixture("shopware/order-shipped.json");

		// The shipped event arrives first (the placed one failed and waits for its
		// retry).
		ApiClient.Response early = webhookWithEventId(shipped, hex(shipped, secret), null);
		assertThat(early.status()).isEqualTo(200);
		// The shipped event carries the whole order, so it places the order itself.
		assertThat(early.json().at("/effects/0").asString())
			.isEqualTo("order 0191b2c4e7a87b3d9f1e6a2c4d8b0e17: created");
		assertThat(early.json().at("/effects/1").asString())
			.isEqualTo("fulfilment 0191b2c4e7ab7f0c8d2e3a4b5c6d7e8f: 1 parcel(s) reported");
		// The late checkout.order.placed is an older version: ignored.
		byte[] placed = fixture("shopware/order-placed.json");
		ApiClient.Response late = webhook(placed, hex(placed, secret));
		assertThat(late.json().at("/effects/0").asString()).contains("ignored");
		// A retry without the event id header is recognized by source.eventId.
		assertThat(webhookWithEventId(shipped, hex(shipped, secret), null).json().at("/duplicate").asBoolean())
			.isTrue();

		String orderId = onlyOrder(this.api).at("/id").asString();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.get("/api/v1/orders/" + orderId + "/shipments").json().size() == 1);
		JsonNode shipment = this.api.get("/api/v1/orders/" + orderId + "/shipments").json().get(0);
		assertThat(shipment.at("/carrier").asString()).isEqualTo("dhl");
		assertThat(shipment.at("/trackingNumber").asString()).isEqualTo("00340434161094042557");
		assertThat(shipment.at("/shippedAt").asString()).isEqualTo("2026-11-21T08:30:11.198Z");
		String trackingUrl = shipment.at("/trackingUrl").asString();
		assertThat(trackingUrl).contains("/t/");
		// The tracking page the shopper gets.
		String page = trackingUrl.substring(trackingUrl.indexOf("/t/"));
		assertThat(this.api.get(page).status()).isEqualTo(200);
		assertThat(onlyOrder(this.api).at("/shippingAddress/line1").asString()).isEqualTo("Schönhauser Allee 12");
	}

	@Test
	void cancellationArrivingBeforeThePlacedOrderEndsCancelled() {
		String secret = registered();
		byte[] cancelled = fixture("shopware/order-cancelled.json");
		byte[] placed = fixture("shopware/order-placed.json");

		ApiClient.Response first = webhook(cancelled, hex(cancelled, secret));
		ApiClient.Response late = webhook(placed, hex(placed, secret));

		assertThat(first.json().at("/effects/0").asString()).endsWith("created, cancelled");
		assertThat(late.json().at("/effects/0").asString()).contains("ignored");
		assertThat(onlyOrder(this.api).at("/status").asString()).isEqualTo("CANCELLED");
	}

	@Test
	void badShopSignatureIs401AndStoresNothing() {
		String secret = registered();
		byte[] placed = fixture("shopware/order-placed.json");
		byte[] tampered = placed.clone();
		tampered[300] ^= 1;

		List<ApiClient.Response> answers = List.of(webhook(placed, hex(placed, APP_SECRET)),
				webhook(placed, hex(placed, "not-the-shop-secret")), webhook(tampered, hex(placed, secret)),
				webhook(placed, null),
				// Base64 of the right HMAC is not Shopware's encoding.
				webhook(placed,
						java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex(placed, secret)))));

		for (ApiClient.Response answer : answers) {
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.contentType()).startsWith("application/problem+json");
		}
		assertThat(orders(this.api)).isEmpty();
		assertThat(this.inbox.appliedDeliveries(this.shop.shop().id(), "shopware")).isEmpty();
		// Upper-case hex is the same signature.
		assertThat(webhook(placed, hex(placed, secret).toUpperCase(java.util.Locale.ROOT)).status()).isEqualTo(200);
	}

	@Test
	void connectionNeedsTheAppName() {
		assertThat(this.api.put("/api/v1/platforms/shopware", Map.of("secret", APP_SECRET)).status()).isEqualTo(400);
		assertThat(this.api.put("/api/v1/platforms/shopware", Map.of("appName", APP_NAME)).status()).isEqualTo(400);
	}

	/** Runs the handshake to its end and returns the shop secret. */
	private String registered() {
		String query = query(SHOPWARE_SHOP_ID, SHOP_URL, Instant.now());
		ApiClient.Response registration = register(query, hex(bytes(query), APP_SECRET), null);
		assertThat(registration.status()).as(registration.body()).isEqualTo(200);
		String secret = registration.text("/secret");
		byte[] confirmation = confirmation(SHOPWARE_SHOP_ID, Instant.now());
		assertThat(confirm(confirmation, hex(confirmation, secret)).status()).isEqualTo(204);
		return secret;
	}

	/** The query Shopware sends, in its order and encoding. */
	private static String query(String shopId, String shopUrl, Instant at) {
		return "shop-id=" + shopId + "&shop-url=" + URLEncoder.encode(shopUrl, StandardCharsets.UTF_8) + "&timestamp="
				+ at.getEpochSecond();
	}

	private ApiClient.Response register(String query, String appSignature, String shopSignature) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("sw-version", "6.7.4.0");
		if (appSignature != null) {
			headers.put("shopware-app-signature", appSignature);
		}
		if (shopSignature != null) {
			headers.put("shopware-shop-signature", shopSignature);
		}
		return getRaw("/hooks/platforms/shopware/" + this.shop.shop().slug() + "/register?" + query, headers);
	}

	private static byte[] confirmation(String shopId, Instant at) {
		return ("{\"apiKey\":\"SWIARXBSDJRWEMJONFK2OHBNWA\",\"secretKey\":\"Q1QyaUg3ZHpnZURPeDV3ZkpncXdSRzJpNjdBeWM1WWhWYWd0NE0\","
				+ "\"timestamp\":\"" + at.getEpochSecond() + "\",\"shopUrl\":\"https:\\/\\/nordwind-shop.example\","
				+ "\"shopId\":\"" + shopId + "\"}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private ApiClient.Response confirm(byte[] body, String signature) {
		return postRaw(confirmPath(), body,
				Map.of("Content-Type", "application/json", "shopware-shop-signature", signature));
	}

	private String confirmPath() {
		return "/hooks/platforms/shopware/" + this.shop.shop().slug() + "/register/confirm";
	}

	private ApiClient.Response webhook(byte[] body, String signature) {
		String eventId = new String(body, StandardCharsets.UTF_8).replaceAll("(?s).*\"eventId\": \"([0-9a-f]+)\".*",
				"$1");
		return webhookWithEventId(body, signature, eventId);
	}

	/** The headers Shopware sends with an app webhook. */
	private ApiClient.Response webhookWithEventId(byte[] body, String signature, String eventId) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		headers.put("sw-version", "6.7.4.0");
		headers.put("sw-context-language", "2fbb5fe2e29a4d70aa5854ce7ce3e20b");
		headers.put("sw-user-language", "de-DE");
		if (eventId != null) {
			headers.put("X-Shopware-Event-Id", eventId);
			headers.put("X-Shopware-Attempt", "0");
		}
		if (signature != null) {
			headers.put("shopware-shop-signature", signature);
		}
		return postRaw("/hooks/platforms/shopware/" + this.shop.shop().slug(), body, headers);
	}

	private ApiClient.Response getRaw(String path, Map<String, String> headers) {
		return new ApiClient(this.port, "").getRaw(path, headers);
	}

	private ApiClient.Response postRaw(String path, byte[] body, Map<String, String> headers) {
		return this.api.postRaw(path, body, headers);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * hex(HMAC-SHA256(data, secret)), computed here independently of the code under test.
	 */
	private static String hex(byte[] data, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(data));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
