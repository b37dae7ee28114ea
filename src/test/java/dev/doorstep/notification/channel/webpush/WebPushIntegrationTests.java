package dev.doorstep.notification.channel.webpush;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.ConsentRecord;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Topic;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.channel.ChannelScenario;
import dev.doorstep.notification.channel.ChannelScenarios;
import dev.doorstep.support.CarrierApiStub;
import dev.doorstep.support.DoorstepIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper subscribes on the tracking page; WireMock plays the push service. The test
 * holds the browser's private key and auth secret, decrypts what was posted as the
 * browser would and checks the VAPID token with the public key the page was given.
 */
@DoorstepIntegrationTest
class WebPushIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Consents consents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChannelScenarios scenarios;

	ChannelScenario scenario;

	WireMockServer pushService = CarrierApiStub.server();

	KeyPair browser = WebPushCrypto.generateKeyPair();

	byte[] auth = UUID.randomUUID().toString().substring(0, 16).getBytes(StandardCharsets.US_ASCII);

	String path = "/push-service/" + UUID.randomUUID();

	@BeforeEach
	void scenario() {
		this.scenario = this.scenarios.create("Push Shop");
	}

	@Test
	void aSubscribedBrowserGetsTheUpdateEncryptedForItsKeysWithAValidVapidToken() throws Exception {
		this.pushService.stubFor(post(urlEqualTo(this.path)).willReturn(
				aResponse().withStatus(201).withHeader("Location", this.pushService.baseUrl() + "/m/" + this.path)));
		String publicKey = JSON.readTree(this.scenario.api.get("/t/" + this.scenario.token + "/push/key").body())
			.get("publicKey")
			.asString();

		assertThat(subscribe().statusCode()).isEqualTo(201);
		this.scenario.status("OUT_FOR_DELIVERY");
		Message planned = this.scenario.awaitMessage(Channel.PUSH, Trigger.OUT_FOR_DELIVERY);
		assertThat(planned.recipient()).isEqualTo("order:" + this.scenario.order);
		this.scenario.sendDue();

		Message sent = this.scenario.reload(planned);
		assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
		assertThat(sent.provider()).isEqualTo("webpush");
		assertThat(sent.providerId()).endsWith("/m/" + this.path);
		LoggedRequest request = this.pushService.findAll(postRequestedFor(urlEqualTo(this.path))).getFirst();
		assertThat(request.getHeader("Content-Encoding")).isEqualTo("aes128gcm");
		assertThat(request.getHeader("TTL")).isEqualTo("86400");
		assertThat(request.getHeader("Urgency")).isEqualTo("high");

		JsonNode payload = JSON.readTree(PushDecryption.decrypt(request.getBody(), this.browser, this.auth));
		assertThat(payload.get("title").asString()).isEqualTo("Push Shop");
		assertThat(payload.get("body").asString()).isEqualTo(sent.bodyText()).contains("heute");
		assertThat(payload.get("url").asString()).endsWith("/t/" + this.scenario.token);
		assertThat(payload.get("tag").asString()).isEqualTo(sent.id().toString());

		String authorization = request.getHeader("Authorization");
		assertThat(authorization).matches("vapid t=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+, k=[A-Za-z0-9_-]+");
		String jwt = authorization.substring("vapid t=".length(), authorization.indexOf(','));
		String k = authorization.substring(authorization.indexOf("k=") + 2);
		assertThat(k).isEqualTo(publicKey);
		ECPublicKey vapid = WebPushCrypto.decodePoint(Base64.getUrlDecoder().decode(k));
		assertThat(WebPushCrypto.verifyJwt(jwt, vapid)).isTrue();
		JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
		assertThat(header.get("alg").asString()).isEqualTo("ES256");
		JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
		assertThat(claims.get("aud").asString()).isEqualTo(this.pushService.baseUrl());
		assertThat(claims.get("sub").asString()).startsWith("mailto:");
		assertThat(claims.get("exp").asLong()).isBetween(Instant.now().getEpochSecond(),
				Instant.now().plusSeconds(24 * 3600).getEpochSecond());

		assertThat(this.consents.history(this.scenario.shopId(), Channel.PUSH, "order:" + this.scenario.order))
			.extracting(ConsentRecord::granted, ConsentRecord::source)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(true, "tracking-page"));
	}

	@Test
	void aSubscriptionThePushServiceNoLongerKnowsIsRevoked() throws Exception {
		this.pushService.stubFor(post(urlEqualTo(this.path)).willReturn(aResponse().withStatus(410)));
		subscribe();
		this.scenario.status("OUT_FOR_DELIVERY");
		Message planned = this.scenario.awaitMessage(Channel.PUSH, Trigger.OUT_FOR_DELIVERY);

		this.scenario.sendDue();

		assertThat(this.scenario.reload(planned).status()).isEqualTo(MessageStatus.FAILED);
		assertThat(activeSubscriptions()).isZero();
		// With no browser left, the next update plans nothing for push.
		this.scenario.status("DELIVERED");
		this.scenario.awaitMessage(Channel.EMAIL, Trigger.DELIVERED);
		assertThat(this.scenario.find(Channel.PUSH, Trigger.DELIVERED)).isNull();
	}

	@Test
	void aServerErrorIsRetriedLater() throws Exception {
		this.pushService.stubFor(post(urlEqualTo(this.path)).willReturn(aResponse().withStatus(503)));
		subscribe();
		this.scenario.status("OUT_FOR_DELIVERY");
		Message planned = this.scenario.awaitMessage(Channel.PUSH, Trigger.OUT_FOR_DELIVERY);

		this.scenario.sendDue();

		Message retried = this.scenario.reload(planned);
		assertThat(retried.status()).isEqualTo(MessageStatus.SCHEDULED);
		assertThat(retried.attempts()).isEqualTo(1);
		assertThat(retried.lastError()).contains("503");
		assertThat(activeSubscriptions()).isOne();
	}

	@Test
	void unsubscribingTheLastBrowserWithdrawsTheOptIn() throws Exception {
		subscribe();

		HttpResponse<String> removed = this.scenario.json("DELETE", "/t/" + this.scenario.token + "/push",
				"{\"endpoint\":\"" + endpoint() + "\"}");

		assertThat(removed.statusCode()).isEqualTo(204);
		assertThat(activeSubscriptions()).isZero();
		assertThat(this.consents.allows(this.scenario.shopId(), "order:" + this.scenario.order, Channel.PUSH,
				Topic.TRANSACTIONAL))
			.isFalse();
		assertThat(this.consents.history(this.scenario.shopId(), Channel.PUSH, "order:" + this.scenario.order))
			.extracting(ConsentRecord::granted)
			.containsExactly(true, false);
	}

	@Test
	void badSubscriptionsAndUnknownPagesAreRefused() throws Exception {
		HttpResponse<String> badKey = this.scenario.json("POST", "/t/" + this.scenario.token + "/push",
				"{\"endpoint\":\"" + endpoint() + "\",\"keys\":{\"p256dh\":\"AAAA\",\"auth\":\"AAAA\"}}");
		HttpResponse<String> notHttps = this.scenario.json("POST", "/t/" + this.scenario.token + "/push",
				body("ftp://push.example/x"));
		HttpResponse<String> unknown = this.scenario.json("POST", "/t/no-such-token/push", body(endpoint()));

		assertThat(badKey.statusCode()).isEqualTo(400);
		assertThat(badKey.body()).contains("keys.p256dh");
		assertThat(notHttps.statusCode()).isEqualTo(400);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(activeSubscriptions()).isZero();
	}

	@Test
	void theTrackingPageScriptAndServiceWorkerAreServed() {
		dev.doorstep.support.ApiClient.Response script = this.scenario.api.get("/assets/tracking/push.js");
		dev.doorstep.support.ApiClient.Response worker = this.scenario.api.get("/sw.js");

		assertThat(script.status()).isEqualTo(200);
		assertThat(script.contentType()).contains("javascript");
		assertThat(script.body()).contains("/push/key").contains("pushManager.subscribe");
		assertThat(worker.status()).isEqualTo(200);
		assertThat(worker.body()).contains("showNotification").contains("notificationclick");
	}

	private HttpResponse<String> subscribe() throws Exception {
		return this.scenario.json("POST", "/t/" + this.scenario.token + "/push", body(endpoint()));
	}

	private String body(String endpoint) {
		return """
				{"endpoint":"%s","expirationTime":null,"keys":{"p256dh":"%s","auth":"%s"}}""".formatted(endpoint,
				WebPushCrypto.base64Url(PushDecryption.point((ECPublicKey) this.browser.getPublic())),
				WebPushCrypto.base64Url(this.auth));
	}

	private String endpoint() {
		return this.pushService.baseUrl() + this.path;
	}

	private int activeSubscriptions() {
		return this.jdbc.sql("SELECT count(*) FROM push_subscription WHERE order_id = :order AND revoked_at IS NULL")
			.param("order", UUID.fromString(this.scenario.order))
			.query(Integer.class)
			.single();
	}

}
