package dev.doorstep.order.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.doorstep.order.platform.magento.MagentoPull;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.doorstep.order.platform.PlatformOrders.fixture;
import static dev.doorstep.order.platform.PlatformOrders.onlyOrder;
import static dev.doorstep.order.platform.PlatformOrders.orders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Magento 2 / Adobe Commerce: webhooks of the Adobe Commerce Webhooks module, signed here
 * as Adobe Commerce signs them (RSA-SHA256 over the base64 body with its private key),
 * and the scheduled REST pull against WireMock answering with Magento's documented JSON
 * ({@code src/test/resources/platform/magento/}). The pull is called directly: the
 * recurring task is off in tests.
 */
@DoorstepIntegrationTest
class PlatformMagentoIntegrationTests {

	private static final String TOKEN = "kq3v0x9m2b7n4c1z8l5j6h0g3f2d1s9a";

	private static final DateTimeFormatter MAGENTO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	static WireMockServer magento;

	static KeyPair keys;

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	PlatformInbox inbox;

	@Autowired
	MagentoPull pull;

	ApiClient api;

	TestShops.TestShop shop;

	/** This test's shop below the stub, so tests do not see each other's stubs. */
	String base;

	@BeforeAll
	static void start() throws GeneralSecurityException {
		magento = new WireMockServer(wireMockConfig().dynamicPort());
		magento.start();
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		keys = generator.generateKeyPair();
	}

	@AfterAll
	static void stop() {
		magento.stop();
	}

	@BeforeEach
	void connectedShop() {
		this.shop = this.shops.create("Magento");
		this.api = new ApiClient(this.port, this.shop.apiKey());
		this.base = "/m-" + UUID.randomUUID();
	}

	@Test
	void orderAndShipmentWebhooksBecomeAnOrderAndATrackedParcelOnce() {
		connect(Map.of("secret", publicKeyPem()));
		byte[] order = fixture("magento/sales-order-save-after.json");

		ApiClient.Response placed = webhook(order, sign(order));

		assertThat(placed.status()).as(placed.body()).isEqualTo(200);
		// Adobe Commerce reads the answer as an operation.
		assertThat(placed.text("/op")).isEqualTo("success");
		assertThat(placed.text("/topic")).isEqualTo("observer.sales_order_save_after");
		JsonNode stored = onlyOrder(this.api);
		assertThat(stored.at("/externalId").asString()).isEqualTo("312");
		assertThat(stored.at("/orderNumber").asString()).isEqualTo("000000312");
		assertThat(stored.at("/placedAt").asString()).isEqualTo("2026-11-20T09:15:02Z");
		assertThat(stored.at("/currency").asString()).isEqualTo("EUR");
		assertThat(stored.at("/customer/email").asString()).isEqualTo("jonas.becker@example.com");
		assertThat(stored.at("/customer/phone").asString()).isEqualTo("+49 221 1234567");
		assertThat(stored.at("/shippingAddress/line1").asString()).isEqualTo("Hohe Straße 41");
		assertThat(stored.at("/shippingAddress/line2").asString()).isEqualTo("3. OG");
		assertThat(stored.at("/shippingAddress/city").asString()).isEqualTo("Köln");
		assertThat(stored.at("/shippingAddress/country").asString()).isEqualTo("DE");
		// The configurable jacket is one line, not two.
		assertThat(stored.at("/items").size()).isEqualTo(2);
		assertThat(stored.at("/items/0/sku").asString()).isEqualTo("CUP-SET-BL");
		assertThat(stored.at("/items/0/quantity").asInt()).isEqualTo(2);
		assertThat(stored.at("/items/1/sku").asString()).isEqualTo("JKT-NW-M-OL");
		assertThat(stored.at("/items/1/unitPrice").decimalValue()).isEqualByComparingTo("49.90");
		assertThat(stored.at("/total").decimalValue()).isEqualByComparingTo("94.90");

		// The same body again (Adobe Commerce has no delivery id): no second effect.
		ApiClient.Response again = webhook(order, sign(order));
		assertThat(again.json().at("/duplicate").asBoolean()).isTrue();
		assertThat(again.text("/op")).isEqualTo("success");

		byte[] shipment = fixture("magento/sales-order-shipment-save-after.json");
		ApiClient.Response shipped = webhook(shipment, sign(shipment));
		assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
		assertThat(webhook(shipment, sign(shipment)).json().at("/duplicate").asBoolean()).isTrue();

		String orderId = stored.at("/id").asString();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.get("/api/v1/orders/" + orderId + "/shipments").json().size() == 1);
		JsonNode parcel = this.api.get("/api/v1/orders/" + orderId + "/shipments").json().get(0);
		assertThat(parcel.at("/carrier").asString()).isEqualTo("dhl");
		assertThat(parcel.at("/trackingNumber").asString()).isEqualTo("00340434161094042557");
		assertThat(parcel.at("/shippedAt").asString()).isEqualTo("2026-11-21T08:40:00Z");
		assertThat(parcel.at("/items/0/sku").asString()).isEqualTo("CUP-SET-BL");
		String trackingUrl = parcel.at("/trackingUrl").asString();
		assertThat(this.api.get(trackingUrl.substring(trackingUrl.indexOf("/t/"))).status()).isEqualTo(200);
	}

	@Test
	void cancellationWinsOverAnOlderSaveArrivingLate() {
		connect(Map.of("secret", publicKeyPem()));
		byte[] canceled = fixture("magento/sales-order-canceled.json");
		byte[] older = fixture("magento/sales-order-save-after.json");

		ApiClient.Response first = webhook(canceled, sign(canceled));
		ApiClient.Response late = webhook(older, sign(older));

		assertThat(first.json().at("/effects/0").asString()).isEqualTo("order 312: created, cancelled");
		assertThat(late.json().at("/effects/0").asString()).contains("ignored");
		assertThat(onlyOrder(this.api).at("/status").asString()).isEqualTo("CANCELLED");
	}

	@Test
	void orderAwaitingPaymentIsNotPlacedYet() {
		connect(Map.of("secret", publicKeyPem()));
		byte[] pending = fixture("magento/sales-order-pending-payment.json");

		ApiClient.Response answer = webhook(pending, sign(pending));

		assertThat(answer.json().at("/effects/0").asString())
			.isEqualTo("order 312: state pending_payment, not placed yet");
		assertThat(orders(this.api)).isEmpty();
	}

	@Test
	void badSignatureIs401AndStoresNothing() throws GeneralSecurityException {
		connect(Map.of("secret", publicKeyPem()));
		byte[] order = fixture("magento/sales-order-save-after.json");
		byte[] tampered = order.clone();
		tampered[250] ^= 1;
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair other = generator.generateKeyPair();

		List<ApiClient.Response> answers = List.of(webhook(order, null), webhook(tampered, sign(order)),
				webhook(order, sign(order, other)), webhook(order, "bm90IGEgc2lnbmF0dXJl"),
				webhook(order, "%%% not base64"));

		for (ApiClient.Response answer : answers) {
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.contentType()).startsWith("application/problem+json");
		}
		assertThat(orders(this.api)).isEmpty();
		assertThat(this.inbox.appliedDeliveries(this.shop.shop().id(), "magento")).isEmpty();
		// Signed over the raw body instead of its base64: also Adobe Commerce's key.
		assertThat(webhook(order, signRaw(order, keys)).status()).isEqualTo(200);
	}

	@Test
	void connectionChecksTheKeyAndTheBaseUrlAndMasksTheToken() {
		assertThat(connect(Map.of()).status()).isEqualTo(400);
		assertThat(connect(Map.of("secret", "not a key")).status()).isEqualTo(400);
		assertThat(connect(Map.of("baseUrl", "https://shop.example")).status()).isEqualTo(400);
		assertThat(connect(Map.of("baseUrl", "ftp://shop.example", "accessToken", TOKEN)).status()).isEqualTo(400);
		assertThat(connect(Map.of("baseUrl", "https://user:pw@shop.example", "accessToken", TOKEN)).status())
			.isEqualTo(400);

		ApiClient.Response saved = connect(Map.of("baseUrl", "https://shop.example/", "accessToken", TOKEN));

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.body()).doesNotContain(TOKEN);
		assertThat(saved.text("/accessToken")).isEqualTo("***1s9a");
		assertThat(saved.text("/baseUrl")).isEqualTo("https://shop.example");
		assertThat(saved.json().at("/secret").isNull()).isTrue();
		// Pull only: there is no key to verify a webhook with.
		byte[] order = fixture("magento/sales-order-save-after.json");
		assertThat(webhook(order, sign(order)).status()).isEqualTo(401);
	}

	@Test
	void pullReadsOrdersAndShipmentsPageByPageAndRemembersHowFarItGot() {
		stubPage("orders", 1, "orders-page-1.json");
		stubPage("orders", 2, "orders-page-2.json");
		stubPage("shipments", 1, "shipments-page-1.json");
		connect(Map.of("baseUrl", "http://localhost:" + magento.port() + this.base, "accessToken", TOKEN));
		Instant before = Instant.now();

		MagentoPull.Result first = this.pull.pull(this.shop.shop().id());

		assertThat(first.error()).isNull();
		// Three orders on two pages, one shipment of a known order, one of an order
		// older than the pull reaches back.
		assertThat(first.applied()).isEqualTo(4);
		assertThat(first.skipped()).isEqualTo(1);
		assertThat(first.requests()).isEqualTo(3);
		List<LoggedRequest> requests = magento.findAll(getRequestedFor(urlPathEqualTo(this.base + "/rest/V1/orders")));
		assertThat(requests).hasSize(2);
		LoggedRequest firstPage = requests.get(0);
		assertThat(firstPage.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
		assertThat(param(firstPage, "searchCriteria[filter_groups][0][filters][0][field]")).isEqualTo("updated_at");
		assertThat(param(firstPage, "searchCriteria[filter_groups][0][filters][0][condition_type]")).isEqualTo("gteq");
		assertThat(param(firstPage, "searchCriteria[sortOrders][0][field]")).isEqualTo("updated_at");
		assertThat(param(firstPage, "searchCriteria[sortOrders][0][direction]")).isEqualTo("ASC");
		assertThat(param(firstPage, "searchCriteria[pageSize]")).isEqualTo("2");
		// The first pull reaches 30 days back.
		Instant since = Instant
			.from(MAGENTO_TIME.parse(param(firstPage, "searchCriteria[filter_groups][0][filters][0][value]")));
		assertThat(Duration.between(since, before).toDays()).isEqualTo(30);
		assertThat(param(requests.get(1), "searchCriteria[currentPage]")).isEqualTo("2");

		assertThat(orders(this.api)).hasSize(3);
		JsonNode mia = orders(this.api).stream()
			.filter(order -> order.at("/externalId").asString().equals("313"))
			.findFirst()
			.orElseThrow();
		assertThat(mia.at("/shippingAddress/line1").asString()).isEqualTo("Leopoldstraße 7");
		assertThat(mia.at("/shippingAddress/line2").isMissingNode() || mia.at("/shippingAddress/line2").isNull())
			.isTrue();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.api.get("/api/v1/orders/" + mia.at("/id").asString() + "/shipments").json().size() == 1);
		JsonNode parcel = this.api.get("/api/v1/orders/" + mia.at("/id").asString() + "/shipments").json().get(0);
		assertThat(parcel.at("/carrier").asString()).isEqualTo("ups");
		assertThat(parcel.at("/trackingNumber").asString()).isEqualTo("1Z5R89390357567127");

		// The high-water mark: the newest updated_at applied, per resource.
		JsonNode pulls = this.api.get("/api/v1/platforms/magento").json().at("/details/pulls");
		assertThat(pulls.get(0).at("/resource").asString()).isEqualTo("orders");
		assertThat(pulls.get(0).at("/updatedUpTo").asString()).isEqualTo("2026-11-21T07:12:30Z");
		assertThat(pulls.get(1).at("/updatedUpTo").asString()).isEqualTo("2026-11-21T09:30:00Z");

		// The next pull asks from the mark on; what it gets again changes nothing.
		magento.resetRequests();
		MagentoPull.Result second = this.pull.pull(this.shop.shop().id());

		assertThat(second.applied()).isZero();
		assertThat(second.duplicates()).isEqualTo(3 + 1);
		LoggedRequest next = magento.findAll(getRequestedFor(urlPathEqualTo(this.base + "/rest/V1/orders"))).get(0);
		assertThat(param(next, "searchCriteria[filter_groups][0][filters][0][value]")).isEqualTo("2026-11-21 07:12:30");
		LoggedRequest nextShipments = magento.findAll(getRequestedFor(urlPathEqualTo(this.base + "/rest/V1/shipments")))
			.get(0);
		assertThat(param(nextShipments, "searchCriteria[filter_groups][0][filters][0][value]"))
			.isEqualTo("2026-11-21 09:30:00");
		assertThat(orders(this.api)).hasSize(3);

		// A later version: the order was cancelled in Magento.
		magento.resetAll();
		stubPage("orders", 1, "orders-later.json");
		magento.stubFor(get(urlPathEqualTo(this.base + "/rest/V1/shipments"))
			.willReturn(json("{\"items\":[],\"search_criteria\":{},\"total_count\":0}")));
		MagentoPull.Result third = this.pull.pull(this.shop.shop().id());

		assertThat(third.applied()).isEqualTo(1);
		assertThat(this.api.get("/api/v1/orders/" + mia.at("/id").asString()).text("/status")).isEqualTo("CANCELLED");
	}

	@Test
	void pullThatIsRefusedKeepsItsMarkAndSaysWhy() {
		magento.stubFor(get(urlPathEqualTo(this.base + "/rest/V1/orders")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"The consumer isn't authorized to access %resources.\"}")));
		connect(Map.of("baseUrl", "http://localhost:" + magento.port() + this.base, "accessToken", TOKEN));

		MagentoPull.Result result = this.pull.pull(this.shop.shop().id());

		assertThat(result.error()).contains("401").contains("access token");
		assertThat(result.applied()).isZero();
		JsonNode pulls = this.api.get("/api/v1/platforms/magento").json().at("/details/pulls");
		assertThat(pulls.get(0).at("/lastError").asString()).contains("401");
		assertThat(pulls.get(0).at("/updatedUpTo").isNull()).isTrue();
		assertThat(orders(this.api)).isEmpty();
	}

	private void stubPage(String resource, int page, String fixture) {
		magento.stubFor(get(urlPathEqualTo(this.base + "/rest/V1/" + resource))
			.withQueryParam("searchCriteria[currentPage]", equalTo(Integer.toString(page)))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.willReturn(json(new String(fixture("magento/" + fixture), StandardCharsets.UTF_8))));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static String param(LoggedRequest request, String name) {
		return request.queryParameter(name).firstValue();
	}

	private ApiClient.Response connect(Map<String, String> body) {
		return this.api.put("/api/v1/platforms/magento", body);
	}

	/** The headers Adobe Commerce sends with a webhook. */
	private ApiClient.Response webhook(byte[] body, String signature) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		if (signature != null) {
			headers.put("x-adobe-commerce-webhook-signature", signature);
		}
		return this.api.postRaw("/hooks/platforms/magento/" + this.shop.shop().slug(), body, headers);
	}

	private static String sign(byte[] body) {
		return sign(body, keys);
	}

	/** As Adobe's documented verification expects: over the base64 of the body. */
	private static String sign(byte[] body, KeyPair pair) {
		return signRaw(Base64.getEncoder().encode(body), pair);
	}

	private static String signRaw(byte[] data, KeyPair pair) {
		try {
			Signature signer = Signature.getInstance("SHA256withRSA");
			signer.initSign(pair.getPrivate());
			signer.update(data);
			return Base64.getEncoder().encodeToString(signer.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The public key as the Adobe Commerce admin shows it. */
	private static String publicKeyPem() {
		String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(keys.getPublic().getEncoded());
		return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
	}

}
