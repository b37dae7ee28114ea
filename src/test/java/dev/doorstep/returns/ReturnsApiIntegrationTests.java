package dev.doorstep.returns;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merchant's returns API end to end: policy, the same checks as the portal with 422
 * naming the rule, idempotency, the lifecycle with its events and shopper messages.
 */
@DoorstepIntegrationTest
@RecordApplicationEvents
class ReturnsApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Returns returns;

	@Autowired
	dev.doorstep.webhook.internal.WebhookDispatcher dispatcher;

	TestShops.TestShop shop;

	ApiClient api;

	String orderId;

	@BeforeEach
	void shopWithADeliveredOrder() {
		this.shop = this.shops.create("Returns API");
		this.api = new ApiClient(this.port, this.shop.apiKey());
		Map<String, Object> policy = new LinkedHashMap<>();
		policy.put("windowDays", 30);
		policy.put("categoryWindowDays", Map.of());
		policy.put("nonReturnableCategories", List.of("underwear"));
		policy.put("zones", List.of());
		policy.put("methods", List.of("PRINTED_LABEL", "QR_DROP_OFF"));
		policy.put("methodFees", Map.of("PRINTED_LABEL", 3.95));
		policy.put("reasonFees", Map.of());
		policy.put("photoReasons", List.of("DAMAGED"));
		policy.put("autoApprove", false);
		policy.put("exchanges", true);
		policy.put("freeExchanges", true);
		policy.put("storeCredit", true);
		policy.put("storeCreditBonusPercent", 10);
		policy.put("keepItemBelow", 0);
		policy.put("stores", List.of());
		policy.put("returnAddress", Map.of("name", "Returns Shop GmbH", "street", "Lagerweg 1", "postcode", "04109",
				"city", "Leipzig", "country", "DE"));
		ApiClient.Response saved = this.api.put("/api/v1/returns/policy", policy);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		Map<String, Object> order = Fixtures.order("ret-" + System.nanoTime(), "R-1001");
		order.put("placedAt", Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
		List<Map<String, Object>> items = new ArrayList<>();
		for (Object item : (List<?>) order.get("items")) {
			items.add(new HashMap<>((Map<String, Object>) item));
		}
		items.add(Map.of("sku", "SALE-1", "name", "Sale scarf", "category", "accessories", "quantity", 1, "unitPrice",
				9.0, "finalSale", true));
		order.put("items", items);
		ApiClient.Response placed = this.api.post("/api/v1/orders", order);
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		this.orderId = placed.text("/id");
	}

	Map<String, Object> request(String sku, int quantity, String reason, String resolution, String method) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("orderId", this.orderId);
		body.put("items",
				List.of(Map.of("sku", sku, "quantity", quantity, "reason", reason, "resolution", resolution)));
		body.put("method", method);
		body.put("locale", "de");
		return body;
	}

	@Test
	void aReturnGoesFromRequestToRefundWithEventsAndMessages() throws Exception {
		ApiClient.Response created = this.api.post("/api/v1/returns",
				request("JKT-1", 1, "TOO_SMALL", "REFUND", "PRINTED_LABEL"));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode json = created.json();
		String id = json.get("id").asString();
		assertThat(json.get("rma").asString()).matches("R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
		assertThat(json.get("status").asString()).isEqualTo("REQUESTED");
		assertThat(json.at("/quote/fee").decimalValue()).isEqualByComparingTo("3.95");
		assertThat(json.at("/quote/refund").decimalValue()).isEqualByComparingTo("125.05");
		assertThat(json.get("statusUrl").asString()).matches(".*/r/[A-Za-z0-9_-]{24}");
		assertThat(this.api.get("/api/v1/returns/" + id + "/label.pdf").status()).isEqualTo(409);

		assertThat(this.api.post("/api/v1/returns/" + id + "/approve", Map.of()).text("/status")).isEqualTo("APPROVED");
		assertThat(this.api.post("/api/v1/returns/" + id + "/approve", Map.of()).status()).isEqualTo(409);

		ApiClient.Response label = this.api.get("/api/v1/returns/" + id + "/label.pdf");
		assertThat(label.status()).isEqualTo(200);
		assertThat(label.contentType()).startsWith("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(labelBytes(id))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(json.get("rma").asString())
				.contains("Returns Shop GmbH");
		}

		ApiClient.Response received = this.api.post("/api/v1/returns/" + id + "/receive",
				Map.of("items", List.of(Map.of("line", 0, "quantity", 1, "condition", "AS_NEW", "restock", true))));
		assertThat(received.status()).as(received.body()).isEqualTo(200);
		assertThat(received.json().at("/items/0/condition").asString()).isEqualTo("AS_NEW");
		ApiClient.Response resolved = this.api.post("/api/v1/returns/" + id + "/resolve", Map.of());
		assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
		ApiClient.Response refunded = this.api.post("/api/v1/returns/" + id + "/refund",
				Map.of("amount", 125.05, "reference", "PSP-77"));
		assertThat(refunded.json().get("status").asString()).isEqualTo("REFUNDED");
		assertThat(refunded.json().get("refundIssued").decimalValue()).isEqualByComparingTo("125.05");

		JsonNode history = this.api.get("/api/v1/returns/" + id).json().get("history");
		List<String> steps = new ArrayList<>();
		history.forEach(step -> steps.add(step.get("status").asString()));
		assertThat(steps).containsExactly("REQUESTED", "APPROVED", "RECEIVED", "RESOLVED", "REFUNDED");
		List<String> triggers = new ArrayList<>();
		this.api.get("/api/v1/notifications/messages?orderId=" + this.orderId)
			.json()
			.forEach(message -> triggers.add(message.get("trigger").asString()));
		assertThat(triggers).contains("RETURN_REQUESTED", "RETURN_APPROVED", "RETURN_RECEIVED", "REFUND_ISSUED");
	}

	@Test
	void everyStepIsAnEventWithReasonsAndAmountsForInsights() {
		dev.doorstep.shop.ShopId shop = this.shop.shop().id();
		dev.doorstep.order.OrderId order = new dev.doorstep.order.OrderId(java.util.UUID.fromString(this.orderId));
		Returns.CreateResult created = this.returns.create(shop, order,
				new NewReturn(List.of(new NewReturn.Line("JKT-1", 1, ReturnReason.TOO_SMALL, null,
						Resolution.STORE_CREDIT, null, List.of())), ReturnMethod.QR_DROP_OFF, null, null,
						java.util.Locale.GERMAN));
		java.util.UUID id = ((Returns.CreateResult.Created) created).request().id();
		this.returns.approve(shop, id);
		this.returns.markInTransit(shop, id);
		this.returns.receive(shop, id, List.of());
		this.returns.resolve(shop, id, null, null);
		this.returns.confirmRefund(shop, id, new java.math.BigDecimal("141.90"), null);

		assertThat(this.events.stream(ReturnEvent.class).map(event -> event.getClass().getSimpleName()))
			.containsExactly("ReturnRequested", "ReturnApproved", "ReturnInTransit", "ReturnReceived",
					"RefundRequested", "RefundIssued");
		ReturnRequested requested = this.events.stream(ReturnRequested.class).findFirst().orElseThrow();
		assertThat(requested.items()).singleElement()
			.satisfies(item -> assertThat(item.reason()).isEqualTo(ReturnReason.TOO_SMALL))
			.satisfies(item -> assertThat(item.category()).isEqualTo("apparel"))
			.satisfies(item -> assertThat(item.resolution()).isEqualTo(Resolution.STORE_CREDIT));
		RefundRequested refund = this.events.stream(RefundRequested.class).findFirst().orElseThrow();
		assertThat(refund.storeCredit()).isEqualByComparingTo("141.90");
		assertThat(refund.refund()).isEqualByComparingTo("0");
		assertThat(this.events.stream(ReturnEvent.class))
			.allSatisfy(event -> assertThat(event.shopId()).isEqualTo(shop));
	}

	@Test
	void theShopGetsSignedWebhooksForEachStep() throws Exception {
		com.github.tomakehurst.wiremock.WireMockServer merchant = new com.github.tomakehurst.wiremock.WireMockServer(
				com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort());
		merchant.start();
		try {
			merchant.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/returns-hook")
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(204)));
			ApiClient.Response subscription = this.api.post("/api/v1/webhooks/subscriptions",
					Map.of("url", "http://localhost:" + merchant.port() + "/returns-hook", "types",
							List.of("return.*", "refund.*", "exchange.*")));
			assertThat(subscription.status()).as(subscription.body()).isEqualTo(201);
			String secret = subscription.text("/secret");
			String id = this.api
				.post("/api/v1/returns", request("JKT-1", 1, "TOO_SMALL", "STORE_CREDIT", "PRINTED_LABEL"))
				.text("/id");
			this.api.post("/api/v1/returns/" + id + "/approve", Map.of());
			this.api.post("/api/v1/returns/" + id + "/receive", Map.of());
			this.api.post("/api/v1/returns/" + id + "/resolve", Map.of());
			this.api.post("/api/v1/returns/" + id + "/refund", Map.of("amount", 138.0));
			String deliveries = "/api/v1/webhooks/subscriptions/" + subscription.text("/id") + "/deliveries";
			org.awaitility.Awaitility.await()
				.until(() -> this.api.get(deliveries).json().get("totalElements").asInt() == 5);

			this.dispatcher.dispatchDue();

			List<String> types = new ArrayList<>();
			for (com.github.tomakehurst.wiremock.verification.LoggedRequest request : merchant
				.findAll(com.github.tomakehurst.wiremock.client.WireMock
					.postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/returns-hook")))) {
				assertThat(dev.doorstep.webhook.WebhookSignatures.verify(secret,
						request.getHeader(dev.doorstep.webhook.WebhookSignatures.HEADER), request.getBody(),
						Instant.now(), java.time.Duration.ofMinutes(5)))
					.isTrue();
				JsonNode event = tools.jackson.databind.json.JsonMapper.builder().build().readTree(request.getBody());
				assertThat(event.get("subject").asString()).isEqualTo(id);
				types.add(event.get("type").asString());
				if (event.get("type").asString().equals("return.requested")) {
					assertThat(event.at("/data/items/0/reason").asString()).isEqualTo("TOO_SMALL");
					assertThat(event.at("/data/items/0/category").asString()).isEqualTo("apparel");
				}
				if (event.get("type").asString().equals("refund.requested")) {
					assertThat(event.at("/data/storeCredit").asString()).isEqualTo("137.95");
				}
			}
			assertThat(types).containsExactlyInAnyOrder("return.requested", "return.approved", "return.received",
					"refund.requested", "refund.issued");
		}
		finally {
			merchant.stop();
		}
	}

	@Test
	void theReturnParcelIsTrackedAndMovesTheReturnWithoutMessagingTheShopperAsAParcel() {
		String id = this.api.post("/api/v1/returns", request("JKT-1", 1, "TOO_SMALL", "REFUND", "PRINTED_LABEL"))
			.text("/id");
		assertThat(this.api.post("/api/v1/returns/" + id + "/parcel", Map.of("carrier", "dhl", "trackingNumber", "X"))
			.status()).isEqualTo(409);
		this.api.post("/api/v1/returns/" + id + "/approve", Map.of());
		String tracking = "RET" + System.nanoTime();
		ApiClient.Response attached = this.api.post("/api/v1/returns/" + id + "/parcel",
				Map.of("carrier", "dhl", "trackingNumber", tracking));
		assertThat(attached.status()).as(attached.body()).isEqualTo(200);
		String shipment = attached.text("/shipmentId");
		assertThat(attached.text("/trackingNumber")).isEqualTo(tracking);
		assertThat(this.api.post("/api/v1/returns/" + id + "/parcel", Map.of("carrier", "nope", "trackingNumber", "1"))
			.json()
			.at("/errors/0/field")
			.asString()).isEqualTo("carrier");

		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.api.post("/api/v1/shipments/" + shipment + "/events", Fixtures
			.events(List.of(Fixtures.event(now.minus(2, ChronoUnit.HOURS).toString(), "IN_TRANSIT", "r-1"))));
		org.awaitility.Awaitility.await()
			.until(() -> this.api.get("/api/v1/returns/" + id).text("/status").equals("IN_TRANSIT"));
		this.api.post("/api/v1/shipments/" + shipment + "/events", Fixtures
			.events(List.of(Fixtures.event(now.minus(1, ChronoUnit.HOURS).toString(), "DELIVERED", "r-2"))));
		org.awaitility.Awaitility.await()
			.until(() -> this.api.get("/api/v1/returns/" + id).text("/status").equals("RECEIVED"));

		assertThat(this.api.get("/api/v1/orders/" + this.orderId + "/shipments").body()).doesNotContain(shipment);
		List<String> triggers = new ArrayList<>();
		this.api.get("/api/v1/notifications/messages?orderId=" + this.orderId)
			.json()
			.forEach(message -> triggers.add(message.get("trigger").asString()));
		assertThat(triggers).contains("RETURN_RECEIVED")
			.allMatch(trigger -> trigger.startsWith("RETURN_") || trigger.equals("ORDER_CONFIRMED")
					|| trigger.startsWith("REFUND_"));
		assertThat(this.api.get("/api/v1/orders/" + this.orderId).text("/status")).isEqualTo("PLACED");
	}

	@Test
	void aReturnFromAustriaGetsARealDhlLabelOnceAndItsParcelIsTracked() throws Exception {
		com.github.tomakehurst.wiremock.WireMockServer dhl = dev.doorstep.support.CarrierApiStub.server();
		String orders = dev.doorstep.support.CarrierApiStub.DHL_RETURNS_PATH + "/orders?labelType=BOTH";
		String created;
		try (java.io.InputStream in = getClass().getResourceAsStream("/returns/label/dhl/created.json")) {
			created = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		dhl.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(orders)
			.withHeader("dhl-api-key", com.github.tomakehurst.wiremock.client.WireMock.equalTo("shared-returns-key"))
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.receiverId",
					com.github.tomakehurst.wiremock.client.WireMock.equalTo("aut")))
			.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
				.withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(created)));
		Map<String, Object> order = Fixtures.order("ret-at-" + System.nanoTime(), "R-AT-1");
		order.put("placedAt", Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
		order.put("shippingAddress",
				Map.of("line1", "Mariahilfer Straße 1", "postcode", "1060", "city", "Wien", "country", "AT"));
		String austrian = this.api.post("/api/v1/orders", order).text("/id");
		Map<String, Object> body = request("JKT-1", 1, "TOO_SMALL", "REFUND", "PRINTED_LABEL");
		body.put("orderId", austrian);
		String id = this.api.post("/api/v1/returns", body).text("/id");
		this.api.post("/api/v1/returns/" + id + "/approve", Map.of());

		byte[] first = labelBytes(id);
		byte[] second = labelBytes(id);

		try (PDDocument pdf = Loader.loadPDF(first)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(2);
			assertThat(new PDFTextStripper().getText(pdf)).contains("DHL Retoure 999991587211");
		}
		assertThat(Loader.loadPDF(second).getNumberOfPages()).isEqualTo(2);
		dhl.verify(1, com.github.tomakehurst.wiremock.client.WireMock
			.postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(orders)));
		JsonNode ret = this.api.get("/api/v1/returns/" + id).json();
		assertThat(ret.get("carrier").asString()).isEqualTo("dhl");
		assertThat(ret.get("trackingNumber").asString()).isEqualTo("999991587211");
		String shipment = ret.get("shipmentId").asString();
		assertThat(this.api.get("/api/v1/shipments/" + shipment).text("/trackingNumber")).isEqualTo("999991587211");
	}

	byte[] labelBytes(String id) throws Exception {
		java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create(this.api.base() + "/api/v1/returns/" + id + "/label.pdf"))
				.header("Authorization", "Bearer " + this.api.apiKey())
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		return response.body();
	}

	@Test
	void aFinalSaleItemAnswers422NamingTheRule() {
		ApiClient.Response refused = this.api.post("/api/v1/returns",
				request("SALE-1", 1, "CHANGED_MIND", "REFUND", "QR_DROP_OFF"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("items[0].sku");
		assertThat(refused.json().at("/errors/0/rule").asString()).isEqualTo("final-sale");
		assertThat(this.api.get("/api/v1/returns?orderId=" + this.orderId).json().get("totalElements").asInt())
			.isZero();
	}

	@Test
	void theSameIdempotencyKeyGivesTheSameReturn() {
		Map<String, Object> body = request("SOCK-3", 1, "TOO_LARGE", "STORE_CREDIT", "QR_DROP_OFF");
		body.put("idempotencyKey", "portal-form-42");

		ApiClient.Response first = this.api.post("/api/v1/returns", body);
		ApiClient.Response second = this.api.post("/api/v1/returns", body);

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.text("/id")).isEqualTo(first.text("/id"));
		assertThat(first.json().at("/quote/storeCredit").decimalValue()).isEqualByComparingTo("13.75");
	}

	@Test
	void piecesInAReturnCannotBeReturnedAgainUntilItIsRejected() {
		String id = this.api.post("/api/v1/returns", request("SOCK-3", 2, "QUALITY", "REFUND", "QR_DROP_OFF"))
			.text("/id");

		ApiClient.Response again = this.api.post("/api/v1/returns",
				request("SOCK-3", 1, "QUALITY", "REFUND", "QR_DROP_OFF"));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.json().at("/errors/0/rule").asString()).isEqualTo("already-returned");

		ApiClient.Response rejected = this.api.post("/api/v1/returns/" + id + "/reject",
				Map.of("reason", "Worn socks cannot be returned"));
		assertThat(rejected.json().get("rejectionReason").asString()).isEqualTo("Worn socks cannot be returned");
		assertThat(this.api.post("/api/v1/returns", request("SOCK-3", 1, "QUALITY", "REFUND", "QR_DROP_OFF")).status())
			.isEqualTo(201);
	}

	@Test
	void photosMustBeImagesAndAreRequiredForDamage() {
		Map<String, Object> body = request("JKT-1", 1, "DAMAGED", "REFUND", "QR_DROP_OFF");
		ApiClient.Response missing = this.api.post("/api/v1/returns", body);
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().at("/errors/0/rule").asString()).isEqualTo("photos-required");

		body.put("items", List.of(Map.of("sku", "JKT-1", "quantity", 1, "reason", "DAMAGED", "resolution", "REFUND",
				"photos", List.of(Base64.getEncoder().encodeToString("%PDF-1.7 not an image".getBytes())))));
		ApiClient.Response pdf = this.api.post("/api/v1/returns", body);
		assertThat(pdf.status()).isEqualTo(400);
		assertThat(pdf.json().at("/errors/0/field").asString()).isEqualTo("items[0].photos[0]");

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
		body.put("items", List.of(Map.of("sku", "JKT-1", "quantity", 1, "reason", "DAMAGED", "resolution", "REFUND",
				"photos", List.of(Base64.getEncoder().encodeToString(png)))));
		ApiClient.Response accepted = this.api.post("/api/v1/returns", body);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		assertThat(accepted.json().at("/items/0/photos").asInt()).isEqualTo(1);
		assertThat(accepted.json().at("/quote/fee").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void badInputNamesTheField() {
		ApiClient.Response unknown = this.api.post("/api/v1/returns",
				request("NOPE", 1, "TOO_SMALL", "REFUND", "QR_DROP_OFF"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("items[0].sku");

		Map<String, Object> policy = new LinkedHashMap<>();
		policy.put("windowDays", 0);
		policy.put("methods", List.of("STORE_DROP_OFF"));
		ApiClient.Response badPolicy = this.api.put("/api/v1/returns/policy", policy);
		assertThat(badPolicy.status()).isEqualTo(400);
		assertThat(badPolicy.body()).contains("windowDays").contains("stores");
	}

	@Test
	void eligibilityExplainsEachItem() {
		JsonNode options = this.api.get("/api/v1/returns/eligibility?orderId=" + this.orderId).json();

		assertThat(options.at("/items/0/returnable").asInt()).isEqualTo(1);
		assertThat(options.at("/items/2/restriction/rule").asString()).isEqualTo("final-sale");
		assertThat(options.get("methods").toString()).contains("PRINTED_LABEL");
	}

}
