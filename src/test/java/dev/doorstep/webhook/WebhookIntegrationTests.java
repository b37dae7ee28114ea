package dev.doorstep.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events out end to end: a WireMock server plays the merchant's endpoint on a dynamic
 * port; events are published as producer modules do (inside a transaction), deliveries
 * are sent by calling the dispatcher, and time passes by moving a delivery's timestamps
 * back.
 */
@DoorstepIntegrationTest
class WebhookIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static WireMockServer merchant;

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	WebhookDispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncompleteEventPublications incomplete;

	ApiClient api;

	ShopId shop;

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
		TestShops.TestShop created = this.shops.create("Hooked Shop");
		this.api = new ApiClient(this.port, created.apiKey());
		this.shop = created.shop().id();
		this.path = "/hooks/" + UUID.randomUUID();
	}

	@Test
	void postsASignedCloudEventThatTheDocumentedRecipeVerifies() throws Exception {
		answer(this.path, 204);
		ApiClient.Response created = subscribe(this.path, List.of());
		assertThat(created.status()).isEqualTo(201);
		String secret = created.text("/secret");
		assertThat(secret).startsWith("whsec_").hasSizeGreaterThanOrEqualTo(6 + 43);
		String id = created.text("/id");
		assertThat(this.api.get("/api/v1/webhooks/subscriptions/" + id).body()).doesNotContain(secret)
			.doesNotContain("\"secret\"");
		assertThat(this.api.get("/api/v1/webhooks/subscriptions").body()).doesNotContain(secret).contains(id);

		OutboundEvent event = publish("return.approved",
				Map.of("rma", "RMA-1001", "refund", Map.of("amount", "19.99")));
		awaitDeliveries(id, 1);
		this.dispatcher.dispatchDue();

		LoggedRequest request = onlyRequest(this.path);
		assertThat(request.getHeader("Content-Type")).isEqualTo("application/cloudevents+json");
		JsonNode body = JSON.readTree(request.getBody());
		assertThat(body.get("specversion").asString()).isEqualTo("1.0");
		assertThat(body.get("id").asString()).isEqualTo(event.id().toString());
		assertThat(body.get("source").asString()).isEqualTo("/shops/" + this.shop);
		assertThat(body.get("type").asString()).isEqualTo("return.approved");
		assertThat(body.get("subject").asString()).isEqualTo(event.subject());
		assertThat(Instant.parse(body.get("time").asString())).isEqualTo(event.time());
		assertThat(body.get("datacontenttype").asString()).isEqualTo("application/json");
		assertThat(body.at("/data/rma").asString()).isEqualTo("RMA-1001");
		assertThat(body.at("/data/refund/amount").asString()).isEqualTo("19.99");

		// The recipe of docs/guides/webhooks.md, written out without Doorstep's classes.
		String header = request.getHeader(WebhookSignatures.HEADER);
		assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
		long t = Long.parseLong(header.substring(2, header.indexOf(',')));
		assertThat(Math.abs(Instant.now().getEpochSecond() - t)).isLessThan(300);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
		assertThat(header).endsWith("v1=" + HexFormat.of().formatHex(mac.doFinal(request.getBody())));

		Instant now = Instant.now();
		assertThat(WebhookSignatures.verify(secret, header, request.getBody(), now, Duration.ofMinutes(5))).isTrue();
		assertThat(WebhookSignatures.verify("whsec_other", header, request.getBody(), now, Duration.ofMinutes(5)))
			.isFalse();
		byte[] tampered = new String(request.getBody(), StandardCharsets.UTF_8).replace("19.99", "1999.00")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(WebhookSignatures.verify(secret, header, tampered, now, Duration.ofMinutes(5))).isFalse();
		assertThat(WebhookSignatures.verify(secret, header, request.getBody(), now.plusSeconds(301),
				Duration.ofMinutes(5)))
			.isFalse();

		ApiClient.Response log = this.api.get("/api/v1/webhooks/subscriptions/" + id + "/deliveries");
		assertThat(log.text("/deliveries/0/status")).isEqualTo("DELIVERED");
		assertThat(log.text("/deliveries/0/eventId")).isEqualTo(event.id().toString());
		assertThat(log.json().at("/deliveries/0/log/0/statusCode").asInt()).isEqualTo(204);
		assertThat(log.json().at("/deliveries/0/log/0/nextAttemptAt").isNull()).isTrue();
		assertThat(log.json().at("/totalElements").asInt()).isEqualTo(1);
	}

	@Test
	void eachSubscriptionGetsOnlyTheTypesItFilters() {
		String returns = subscribe(this.path + "/returns", List.of("return.*")).text("/id");
		String claims = subscribe(this.path + "/claims", List.of("claim.opened")).text("/id");
		String all = subscribe(this.path + "/all", List.of()).text("/id");

		publish("return.approved", Map.of());
		publish("return.received", Map.of());
		publish("claim.opened", Map.of());
		publish("claim.closed", Map.of());
		publish("returnish.thing", Map.of());
		awaitDeliveries(all, 5);

		assertThat(types(returns)).containsExactlyInAnyOrder("return.approved", "return.received");
		assertThat(types(claims)).containsExactly("claim.opened");
		assertThat(types(all)).hasSize(5);
	}

	@Test
	void retriesAfterA500WithTheSameCloudEventIdAndBody() throws Exception {
		merchant.stubFor(post(urlEqualTo(this.path)).inScenario(this.path)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("recovered"));
		merchant.stubFor(post(urlEqualTo(this.path)).inScenario(this.path)
			.whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(200)));
		String id = subscribe(this.path, List.of()).text("/id");
		publish("return.approved", Map.of("rma", "RMA-2"));
		awaitDeliveries(id, 1);

		Instant before = Instant.now();
		this.dispatcher.dispatchDue();
		JsonNode delivery = deliveries(id).get(0);
		assertThat(delivery.get("status").asString()).isEqualTo("PENDING");
		assertThat(delivery.at("/log/0/statusCode").asInt()).isEqualTo(500);
		assertThat(delivery.at("/log/0/error").asString()).isEqualTo("answered 500");
		Instant next = Instant.parse(delivery.get("nextAttemptAt").asString());
		// First retry after 30 s ± 20 %.
		assertThat(next).isBetween(before.plusSeconds(23), Instant.now().plusSeconds(37));
		this.dispatcher.dispatchDue();
		assertThat(merchant.findAll(postRequestedFor(urlEqualTo(this.path)))).hasSize(1);

		elapse(delivery.get("id").asString(), Duration.ofSeconds(40));
		this.dispatcher.dispatchDue();

		delivery = deliveries(id).get(0);
		assertThat(delivery.get("status").asString()).isEqualTo("DELIVERED");
		assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
		assertThat(delivery.at("/log/1/statusCode").asInt()).isEqualTo(200);
		List<LoggedRequest> requests = merchant.findAll(postRequestedFor(urlEqualTo(this.path)));
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).getBody()).isEqualTo(requests.get(0).getBody());
		assertThat(JSON.readTree(requests.get(1).getBody()).get("id").asString())
			.isEqualTo(JSON.readTree(requests.get(0).getBody()).get("id").asString());
		assertThat(requests.get(1).getHeader("Doorstep-Delivery")).isEqualTo(delivery.get("id").asString());
	}

	@Test
	void aGoneEndpointDisablesItsSubscription() {
		answer(this.path, 410);
		String id = subscribe(this.path, List.of()).text("/id");
		publish("return.approved", Map.of());
		awaitDeliveries(id, 1);
		this.dispatcher.dispatchDue();

		assertThat(deliveries(id).get(0).get("status").asString()).isEqualTo("FAILED");
		ApiClient.Response subscription = this.api.get("/api/v1/webhooks/subscriptions/" + id);
		assertThat(subscription.json().get("enabled").asBoolean()).isFalse();
		assertThat(subscription.text("/disabledReason")).contains("410");

		// Disabled: later events are not matched to it.
		OutboundEvent later = publish("return.received", Map.of());
		awaitPublicationCompleted(later);
		assertThat(deliveries(id)).hasSize(1);

		ApiClient.Response enabled = this.api.patch("/api/v1/webhooks/subscriptions/" + id, Map.of("enabled", true));
		assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
		assertThat(enabled.json().get("disabledReason").isNull()).isTrue();
	}

	@Test
	void aClientErrorFailsAtOnceButTimeoutsAndRateLimitsAreRetried() {
		answer(this.path + "/bad", 400);
		answer(this.path + "/slow", 408);
		answer(this.path + "/busy", 429);
		String bad = subscribe(this.path + "/bad", List.of()).text("/id");
		String slow = subscribe(this.path + "/slow", List.of()).text("/id");
		String busy = subscribe(this.path + "/busy", List.of()).text("/id");
		publish("claim.opened", Map.of());
		awaitDeliveries(busy, 1);
		awaitDeliveries(slow, 1);
		awaitDeliveries(bad, 1);
		this.dispatcher.dispatchDue();

		JsonNode failed = deliveries(bad).get(0);
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("nextAttemptAt").isNull()).isTrue();
		assertThat(failed.get("lastStatusCode").asInt()).isEqualTo(400);
		assertThat(deliveries(slow).get(0).get("status").asString()).isEqualTo("PENDING");
		assertThat(deliveries(busy).get(0).get("status").asString()).isEqualTo("PENDING");
		assertThat(this.api.get("/api/v1/webhooks/subscriptions/" + bad).json().get("enabled").asBoolean()).isTrue();
	}

	@Test
	void givesUpWhenTheRetryWindowIsOver() {
		answer(this.path, 503);
		String id = subscribe(this.path, List.of()).text("/id");
		publish("return.approved", Map.of());
		awaitDeliveries(id, 1);
		this.dispatcher.dispatchDue();
		String delivery = deliveries(id).get(0).get("id").asString();

		elapse(delivery, Duration.ofDays(2));
		this.dispatcher.dispatchDue();
		JsonNode stillTrying = deliveries(id).get(0);
		assertThat(stillTrying.get("status").asString()).isEqualTo("PENDING");
		// Never later than the end of the window.
		assertThat(Instant.parse(stillTrying.get("nextAttemptAt").asString()))
			.isBeforeOrEqualTo(Instant.parse(stillTrying.get("giveUpAt").asString()));

		elapse(delivery, Duration.ofDays(1).plusMinutes(1));
		this.dispatcher.dispatchDue();

		JsonNode given = deliveries(id).get(0);
		assertThat(given.get("status").asString()).isEqualTo("FAILED");
		assertThat(given.get("attempts").asInt()).isEqualTo(3);
		assertThat(given.get("nextAttemptAt").isNull()).isTrue();
		assertThat(given.get("lastError").asString()).contains("retry window over");
		assertThat(given.at("/log/2/nextAttemptAt").isNull()).isTrue();
		this.dispatcher.dispatchDue();
		assertThat(merchant.findAll(postRequestedFor(urlEqualTo(this.path)))).hasSize(3);
	}

	@Test
	void replaysOneDeliveryAndATimeRange() throws Exception {
		answer(this.path, 200);
		String id = subscribe(this.path, List.of()).text("/id");
		OutboundEvent first = publish("return.approved", Map.of("n", 1));
		awaitDeliveries(id, 1);
		publish("return.received", Map.of("n", 2));
		awaitDeliveries(id, 2);
		this.dispatcher.dispatchDue();
		assertThat(merchant.findAll(postRequestedFor(urlEqualTo(this.path)))).hasSize(2);
		String original = deliveries(id).stream()
			.filter(d -> d.get("eventId").asString().equals(first.id().toString()))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();

		ApiClient.Response replay = this.api.post("/api/v1/webhooks/deliveries/" + original + "/replay", "");
		assertThat(replay.status()).isEqualTo(202);
		assertThat(replay.text("/replayOf")).isEqualTo(original);
		assertThat(replay.text("/eventId")).isEqualTo(first.id().toString());
		assertThat(replay.text("/status")).isEqualTo("PENDING");
		this.dispatcher.dispatchDue();
		List<LoggedRequest> requests = merchant.findAll(postRequestedFor(urlEqualTo(this.path)));
		assertThat(requests).hasSize(3);
		assertThat(JSON.readTree(requests.get(2).getBody()).get("id").asString()).isEqualTo(first.id().toString());

		String range = "/api/v1/webhooks/subscriptions/" + id + "/replay?from=" + Instant.now().minusSeconds(600)
				+ "&to=" + Instant.now().plusSeconds(1);
		ApiClient.Response ranged = this.api.post(range, "");
		assertThat(ranged.status()).isEqualTo(202);
		// The two originals, not the replay.
		assertThat(ranged.json().get("replayed").asInt()).isEqualTo(2);
		this.dispatcher.dispatchDue();
		assertThat(merchant.findAll(postRequestedFor(urlEqualTo(this.path)))).hasSize(5);

		ApiClient.Response empty = this.api.post("/api/v1/webhooks/subscriptions/" + id + "/replay?from="
				+ Instant.now().minusSeconds(7200) + "&to=" + Instant.now().minusSeconds(3600), "");
		assertThat(empty.json().get("replayed").asInt()).isZero();

		ApiClient.Response backwards = this.api.post("/api/v1/webhooks/subscriptions/" + id + "/replay?from="
				+ Instant.now() + "&to=" + Instant.now().minusSeconds(60), "");
		assertProblem(backwards, "to");
		assertProblem(this.api.post("/api/v1/webhooks/subscriptions/" + id + "/replay?to=" + Instant.now(), ""),
				"from");
		assertProblem(this.api
			.post("/api/v1/webhooks/subscriptions/" + id + "/replay?from=yesterday&to=" + Instant.now(), ""), "from");
	}

	@Test
	void aRedeliveredEventAddsNoSecondDelivery() {
		String one = subscribe(this.path + "/1", List.of()).text("/id");
		String two = subscribe(this.path + "/2", List.of("return.*")).text("/id");
		OutboundEvent event = publish("return.approved", Map.of("rma", "RMA-REDELIVERED"));
		awaitDeliveries(one, 1);
		awaitDeliveries(two, 1);
		awaitPublicationCompleted(event);

		// The registry hands the event over again, as after a crash before completion.
		this.jdbc.sql("""
				UPDATE event_publication SET completion_date = NULL, status = 'FAILED'
				WHERE serialized_event LIKE :id AND listener_id LIKE '%EventMatcher%'
				""").param("id", "%" + event.id() + "%").update();
		this.incomplete.resubmitIncompletePublications(
				publication -> publication.getEvent() instanceof OutboundEvent e && e.id().equals(event.id()));
		awaitPublicationCompleted(event);

		assertThat(deliveries(one)).hasSize(1);
		assertThat(deliveries(two)).hasSize(1);
	}

	@Test
	void theTestEventReachesTheEndpointWhateverItsFilter() throws Exception {
		answer(this.path, 202);
		String id = subscribe(this.path, List.of("claim.*")).text("/id");
		ApiClient.Response test = this.api.post("/api/v1/webhooks/subscriptions/" + id + "/test", "");
		assertThat(test.status()).isEqualTo(202);
		assertThat(test.text("/type")).isEqualTo("webhook.test");
		this.dispatcher.dispatchDue();

		JsonNode body = JSON.readTree(onlyRequest(this.path).getBody());
		assertThat(body.get("type").asString()).isEqualTo("webhook.test");
		assertThat(body.get("subject").asString()).isEqualTo(id);
		assertThat(deliveries(id).get(0).get("status").asString()).isEqualTo("DELIVERED");
	}

	@Test
	void aRotatedSecretSignsTheNextAttempt() {
		answer(this.path, 200);
		ApiClient.Response created = subscribe(this.path, List.of());
		String id = created.text("/id");
		String old = created.text("/secret");
		ApiClient.Response rotated = this.api.post("/api/v1/webhooks/subscriptions/" + id + "/rotate-secret", "");
		assertThat(rotated.status()).isEqualTo(200);
		String secret = rotated.text("/secret");
		assertThat(secret).startsWith("whsec_").isNotEqualTo(old);

		this.api.post("/api/v1/webhooks/subscriptions/" + id + "/test", "");
		this.dispatcher.dispatchDue();

		LoggedRequest request = onlyRequest(this.path);
		String header = request.getHeader(WebhookSignatures.HEADER);
		assertThat(WebhookSignatures.verify(secret, header, request.getBody(), Instant.now(), Duration.ofMinutes(5)))
			.isTrue();
		assertThat(WebhookSignatures.verify(old, header, request.getBody(), Instant.now(), Duration.ofMinutes(5)))
			.isFalse();
	}

	@Test
	void updatesAndDeletesASubscription() {
		String id = subscribe(this.path, List.of("return.*")).text("/id");
		ApiClient.Response updated = this.api.patch("/api/v1/webhooks/subscriptions/" + id,
				Map.of("types", List.of("claim.opened", "return.approved"), "description", "CRM", "enabled", false));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("types").toString()).isEqualTo("[\"claim.opened\",\"return.approved\"]");
		assertThat(updated.text("/description")).isEqualTo("CRM");
		assertThat(updated.json().get("enabled").asBoolean()).isFalse();
		assertThat(updated.text("/url")).endsWith(this.path);

		assertThat(this.api.delete("/api/v1/webhooks/subscriptions/" + id).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/webhooks/subscriptions/" + id).status()).isEqualTo(404);
		assertThat(this.api.delete("/api/v1/webhooks/subscriptions/" + id).status()).isEqualTo(404);
	}

	@Test
	void rejectsBadSubscriptionsNamingTheField() {
		assertProblem(this.api.post("/api/v1/webhooks/subscriptions", Map.of("types", List.of())), "url");
		assertProblem(this.api.post("/api/v1/webhooks/subscriptions", Map.of("url", "http://hooks.example.com/x")),
				"url");
		assertProblem(this.api.post("/api/v1/webhooks/subscriptions", Map.of("url", "ftp://localhost/x")), "url");
		assertProblem(this.api.post("/api/v1/webhooks/subscriptions", Map.of("url", "https://u:p@hooks.example.com")),
				"url");
		assertProblem(this.api.post("/api/v1/webhooks/subscriptions",
				Map.of("url", "https://hooks.example.com/x", "types", List.of("return.approved", "Return Approved"))),
				"types[1]");
		assertProblem(this.api.post("/api/v1/webhooks/subscriptions",
				Map.of("url", "https://hooks.example.com/x", "description", "x".repeat(501))), "description");
		assertProblem(this.api.post("/api/v1/webhooks/subscriptions",
				Map.of("url", "https://hooks.example.com/x", "enabled", "sometimes")), "enabled");
		String id = subscribe(this.path, List.of()).text("/id");
		assertProblem(
				this.api.patch("/api/v1/webhooks/subscriptions/" + id, Map.of("url", "http://hooks.example.com/x")),
				"url");
		assertProblem(this.api.get("/api/v1/webhooks/subscriptions/" + id + "/deliveries?size=500"), "size");
		assertProblem(this.api.get("/api/v1/webhooks/subscriptions/" + id + "/deliveries?status=LOST"), "status");
		assertThat(this.api.get("/api/v1/webhooks/subscriptions").json().size()).isEqualTo(1);
		assertThat(
				this.api.post("/api/v1/webhooks/subscriptions", Map.of("url", "https://hooks.example.com/x")).status())
			.isEqualTo(201);
	}

	private ApiClient.Response subscribe(String path, List<String> types) {
		return this.api.post("/api/v1/webhooks/subscriptions",
				Map.of("url", merchant.baseUrl() + path, "types", types, "description", "test receiver"));
	}

	private OutboundEvent publish(String type, Map<String, Object> data) {
		OutboundEvent event = new OutboundEvent(this.shop, type, UUID.randomUUID().toString(),
				Instant.parse("2026-11-23T10:15:30.123Z"), data);
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
		return event;
	}

	private void awaitDeliveries(String subscription, int count) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.api.get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries")
				.json()
				.get("totalElements")
				.asInt() >= count);
	}

	private void awaitPublicationCompleted(OutboundEvent event) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> this.jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE serialized_event LIKE :id AND listener_id LIKE '%EventMatcher%' AND completion_date IS NOT NULL
				""").param("id", "%" + event.id() + "%").query(Long.class).single() == 1);
	}

	private List<JsonNode> deliveries(String subscription) {
		ApiClient.Response page = this.api.get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries");
		assertThat(page.status()).isEqualTo(200);
		return page.json().get("deliveries").valueStream().toList();
	}

	private List<String> types(String subscription) {
		return deliveries(subscription).stream().map(d -> d.get("type").asString()).toList();
	}

	/** Time passes for one delivery: its timestamps move back. */
	private void elapse(String delivery, Duration duration) {
		this.jdbc.sql("""
				UPDATE webhook_delivery SET created_at = created_at - :d * interval '1 second',
				  give_up_at = give_up_at - :d * interval '1 second',
				  next_attempt_at = next_attempt_at - :d * interval '1 second'
				WHERE id = :id
				""").param("d", duration.toSeconds()).param("id", UUID.fromString(delivery)).update();
	}

	private static void answer(String path, int status) {
		merchant.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)));
	}

	private static LoggedRequest onlyRequest(String path) {
		List<LoggedRequest> requests = merchant.findAll(postRequestedFor(urlEqualTo(path)));
		assertThat(requests).hasSize(1);
		return requests.getFirst();
	}

	private static void assertProblem(ApiClient.Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())).as(response.body())
			.contains(field);
	}

}
