package dev.doorstep.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import dev.doorstep.webhook.internal.WebhookDispatcher;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order, shipment, delivery and notification modules' events reach a subscribed
 * endpoint (WireMock) as signed CloudEvents, driven through the public API as a shop
 * would: an order, a parcel, a carrier scan, the order confirmation being sent.
 */
@DoorstepIntegrationTest
class DomainEventWebhooksTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static WireMockServer merchant;

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	WebhookDispatcher webhooks;

	@Autowired
	Dispatcher messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	dev.doorstep.notification.Notifications notifications;

	@Autowired
	dev.doorstep.notification.Receipts receipts;

	@Autowired
	dev.doorstep.notification.internal.Links links;

	ApiClient api;

	dev.doorstep.shop.ShopId shopId;

	String path;

	@BeforeAll
	static void startMerchant() {
		merchant = new WireMockServer(wireMockConfig().dynamicPort());
		merchant.start();
	}

	@AfterAll
	static void stopMerchant() {
		merchant.stop();
	}

	@BeforeEach
	void shop() {
		TestShops.TestShop created = this.shops.create("Events Shop");
		this.shopId = created.shop().id();
		this.api = new ApiClient(this.port, created.apiKey());
		this.path = "/hooks/" + UUID.randomUUID();
		merchant.stubFor(post(urlEqualTo(this.path + "/all")).willReturn(aResponse().withStatus(204)));
		merchant.stubFor(post(urlEqualTo(this.path + "/shipments")).willReturn(aResponse().withStatus(204)));
	}

	@Test
	void orderShipmentDeliveryAndMessageEventsArriveSigned() throws Exception {
		ApiClient.Response subscription = subscribe(this.path + "/all", List.of());
		String secret = subscription.text("/secret");
		String id = subscription.text("/id");

		String order = placeOrder("EV-1");
		String parcel = parcel(order, "EVT" + System.nanoTime());
		scan(parcel, "IN_TRANSIT");
		awaitTypes(id, "order.placed", "shipment.created", "shipment.status_changed", "delivery.estimate_changed");
		// The order confirmation planned for the new order goes out: message.sent.
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
			while (this.messages.dispatchDue() > 0) {
				// until nothing is due
			}
			return types(id).contains("message.sent");
		});
		this.webhooks.dispatchDue();

		Map<String, JsonNode> received = new HashMap<>();
		for (LoggedRequest request : merchant.findAll(postRequestedFor(urlEqualTo(this.path + "/all")))) {
			// Every POST verifies with the subscription's secret, as the receiver's
			// recipe
			// does.
			assertThat(WebhookSignatures.verify(secret, request.getHeader(WebhookSignatures.HEADER), request.getBody(),
					Instant.now(), Duration.ofMinutes(5)))
				.isTrue();
			assertThat(request.getHeader("Content-Type")).isEqualTo("application/cloudevents+json");
			JsonNode body = JSON.readTree(request.getBody());
			received.putIfAbsent(body.get("type").asString(), body);
		}
		assertThat(received).containsKeys("order.placed", "shipment.created", "shipment.status_changed",
				"delivery.estimate_changed", "message.sent");

		JsonNode placed = received.get("order.placed");
		assertThat(placed.get("specversion").asString()).isEqualTo("1.0");
		assertThat(placed.get("subject").asString()).isEqualTo(order);
		assertThat(placed.at("/data/orderId").asString()).isEqualTo(order);
		assertThat(placed.at("/data/orderNumber").asString()).isEqualTo("EV-1");
		assertThat(placed.at("/data/total").asString()).isEqualTo("154.00");
		assertThat(placed.at("/data/items/0/sku").asString()).isEqualTo("JKT-1");
		assertThat(placed.at("/data/items/1/quantity").asInt()).isEqualTo(2);
		// What the shopper gave at checkout is not the merchant's subscribers' business.
		assertThat(placed.toString()).doesNotContain("example.com")
			.doesNotContain("Invalidenstraße")
			.doesNotContain("Schmidt");

		JsonNode status = received.get("shipment.status_changed");
		assertThat(status.get("subject").asString()).isEqualTo(parcel);
		assertThat(status.at("/data/orderId").asString()).isEqualTo(order);
		assertThat(status.at("/data/carrier").asString()).isEqualTo("dhl");
		assertThat(status.at("/data/previousStatus").asString()).isEqualTo("PENDING");
		assertThat(status.at("/data/status").asString()).isEqualTo("IN_TRANSIT");

		JsonNode estimate = received.get("delivery.estimate_changed");
		assertThat(estimate.at("/data/shipmentId").asString()).isEqualTo(parcel);
		assertThat(estimate.at("/data/window/earliest").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(estimate.at("/data/window/latest").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(estimate.at("/data/basis").asString()).isNotBlank();

		JsonNode sent = received.get("message.sent");
		assertThat(sent.at("/data/orderId").asString()).isEqualTo(order);
		assertThat(sent.at("/data/trigger").asString()).isEqualTo("ORDER_CONFIRMED");
		assertThat(sent.at("/data/channel").asString()).isEqualTo("EMAIL");
		assertThat(sent.toString()).doesNotContain("@");
	}

	@Test
	void receiptsEngagementAndUnsubscribesArriveAsMessageEvents() throws Exception {
		ApiClient.Response subscription = subscribe(this.path + "/all", List.of("message.*"));
		String id = subscription.text("/id");
		String order = placeOrder("EV-4");
		dev.doorstep.order.OrderId orderId = new dev.doorstep.order.OrderId(UUID.fromString(order));
		dev.doorstep.shop.ShopId shop = this.shopId;
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
			while (this.messages.dispatchDue() > 0) {
				// until nothing is due
			}
			return this.notifications.messages(shop, orderId, null, 10, 0).stream().anyMatch(m -> m.status().sent());
		});
		dev.doorstep.notification.Message sent = this.notifications.messages(shop, orderId, null, 10, 0)
			.stream()
			.filter(m -> m.status().sent())
			.findFirst()
			.orElseThrow();

		assertThat(this.receipts.record(sent.provider(), sent.providerId(),
				dev.doorstep.notification.MessageStatus.DELIVERED, null))
			.isTrue();
		String pixel = this.links.openPixelUrl(shop, sent.id());
		assertThat(this.api.get(pixel.substring(pixel.indexOf("/n/"))).status()).isEqualTo(200);
		String unsubscribe = this.links.unsubscribeUrl(shop, sent.id());
		assertThat(this.api
			.postRaw(unsubscribe.substring(unsubscribe.indexOf("/n/")), "List-Unsubscribe=One-Click".getBytes(),
					Map.of("Content-Type", "application/x-www-form-urlencoded"))
			.status()).isEqualTo(200);

		awaitTypes(id, "message.sent", "message.delivered", "message.opened", "message.unsubscribed");
		this.webhooks.dispatchDue();
		Map<String, JsonNode> received = new HashMap<>();
		for (LoggedRequest request : merchant.findAll(postRequestedFor(urlEqualTo(this.path + "/all")))) {
			JsonNode body = JSON.readTree(request.getBody());
			if (body.at("/data/messageId").asString("").equals(sent.id().toString())) {
				received.putIfAbsent(body.get("type").asString(), body);
			}
		}
		assertThat(received).containsKeys("message.delivered", "message.opened", "message.unsubscribed");
		JsonNode opened = received.get("message.opened");
		assertThat(opened.get("subject").asString()).isEqualTo(sent.id().toString());
		assertThat(opened.at("/data/orderId").asString()).isEqualTo(order);
		assertThat(opened.at("/data/channel").asString()).isEqualTo("EMAIL");
		assertThat(opened.at("/data/at").asString()).isNotBlank();
		assertThat(received.get("message.unsubscribed").toString()).doesNotContain("@");
		// Only what the filter asked for.
		assertThat(types(id)).allMatch(type -> type.startsWith("message."));
	}

	@Test
	void aShipmentPrefixFilterGetsOnlyShipmentEvents() {
		String all = subscribe(this.path + "/all", List.of()).text("/id");
		String shipments = subscribe(this.path + "/shipments", List.of("shipment.*")).text("/id");

		String order = placeOrder("EV-2");
		String parcel = parcel(order, "EVF" + System.nanoTime());
		scan(parcel, "DELIVERED");
		awaitTypes(all, "order.placed", "shipment.created", "shipment.status_changed", "shipment.delivered",
				"delivery.estimate_changed");
		awaitTypes(shipments, "shipment.created", "shipment.status_changed", "shipment.delivered");

		assertThat(types(shipments)).allMatch(type -> type.startsWith("shipment."))
			.containsExactlyInAnyOrder("shipment.created", "shipment.status_changed", "shipment.delivered");
		this.webhooks.dispatchDue();
		assertThat(merchant.findAll(postRequestedFor(urlEqualTo(this.path + "/shipments"))))
			.extracting(request -> JSON.readTree(request.getBody()).get("type").asString())
			.containsExactlyInAnyOrder("shipment.created", "shipment.status_changed", "shipment.delivered");
	}

	@Test
	void aCancelledOrderIsReportedWithoutTheShoppersDetails() throws Exception {
		String id = subscribe(this.path + "/all", List.of("order.*")).text("/id");
		String order = placeOrder("EV-3");

		assertThat(this.api.post("/api/v1/orders/" + order + "/cancel", Map.of()).status()).isEqualTo(200);
		awaitTypes(id, "order.placed", "order.cancelled");

		String body = this.jdbc
			.sql("SELECT body FROM webhook_delivery WHERE subscription_id = :id AND event_type = 'order.cancelled'")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
		JsonNode cancelled = JSON.readTree(body);
		assertThat(cancelled.get("subject").asString()).isEqualTo(order);
		assertThat(cancelled.at("/data/orderNumber").asString()).isEqualTo("EV-3");
		assertThat(cancelled.at("/data/status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.at("/data/cancelledAt").asString()).isNotBlank();
		assertThat(body).doesNotContain("example.com");
	}

	@Test
	@SuppressWarnings("unchecked")
	void anOrderSentAgainWithNewContentsIsReportedOnceAsUpdated() throws Exception {
		String id = subscribe(this.path + "/all", List.of("order.*")).text("/id");
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), "EV-5");
		order.put("placedAt", Instant.now().toString());
		assertThat(this.api.post("/api/v1/orders", order).status()).isEqualTo(201);
		// The same order again: nothing to report.
		assertThat(this.api.post("/api/v1/orders", order).status()).isLessThan(300);
		List<Map<String, Object>> items = new java.util.ArrayList<>((List<Map<String, Object>>) order.get("items"));
		Map<String, Object> first = new java.util.LinkedHashMap<>(items.getFirst());
		first.put("quantity", 3);
		items.set(0, first);
		order.put("items", items);
		assertThat(this.api.post("/api/v1/orders", order).status()).isLessThan(300);
		assertThat(this.api.post("/api/v1/orders", order).status()).isLessThan(300);

		awaitTypes(id, "order.placed", "order.updated");
		List<String> bodies = this.jdbc
			.sql("SELECT body FROM webhook_delivery WHERE subscription_id = :id AND event_type = 'order.updated'")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.list();
		assertThat(bodies).hasSize(1);
		JsonNode updated = JSON.readTree(bodies.getFirst());
		assertThat(updated.at("/data/orderNumber").asString()).isEqualTo("EV-5");
		assertThat(updated.at("/data/items/0/quantity").asInt()).isEqualTo(3);
		assertThat(updated.at("/data/updatedAt").asString()).isNotBlank();
		assertThat(bodies.getFirst()).doesNotContain("example.com");
	}

	private ApiClient.Response subscribe(String path, List<String> types) {
		ApiClient.Response response = this.api.post("/api/v1/webhooks/subscriptions",
				Map.of("url", merchant.baseUrl() + path, "types", types, "description", "events receiver"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response;
	}

	private String placeOrder(String number) {
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), number);
		// Fresh, so the shop's journeys confirm it.
		order.put("placedAt", Instant.now().toString());
		order.put("customer", Map.of("email", "shopper-" + UUID.randomUUID() + "@example.com", "firstName", "Anna",
				"lastName", "Schmidt"));
		ApiClient.Response response = this.api.post("/api/v1/orders", order);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.text("/id");
	}

	private String parcel(String order, String number) {
		ApiClient.Response response = this.api.post("/api/v1/orders/" + order + "/shipments",
				Fixtures.shipment("dhl", number));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.text("/id");
	}

	private void scan(String shipment, String status) {
		ApiClient.Response response = this.api.post("/api/v1/shipments/" + shipment + "/events",
				Fixtures.events(List.of(Fixtures.event(Instant.now().minusSeconds(60).toString(), status, null))));
		assertThat(response.status()).as(response.body()).isLessThan(300);
	}

	private void awaitTypes(String subscription, String... expected) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> types(subscription).containsAll(List.of(expected)));
	}

	private List<String> types(String subscription) {
		return this.jdbc.sql("SELECT event_type FROM webhook_delivery WHERE subscription_id = :id")
			.param("id", UUID.fromString(subscription))
			.query(String.class)
			.list();
	}

}
