package dev.doorstep.notification.channel.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.channel.ChannelScenario;
import dev.doorstep.notification.channel.ChannelScenarios;
import dev.doorstep.support.ApiClient;
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
 * A journey step on the merchant's webhook: WireMock plays the merchant's endpoint; the
 * test checks the body and recomputes the Stripe-style signature.
 */
@DoorstepIntegrationTest
class WebhookIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SECRET = "whsec-test-0123456789abcdef";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChannelScenarios scenarios;

	ChannelScenario scenario;

	WireMockServer merchant = CarrierApiStub.server();

	String path = "/merchant-crm/" + UUID.randomUUID();

	@BeforeEach
	void scenario() {
		this.scenario = this.scenarios.create("Hook Shop");
		this.scenario.sendAlsoOn(Trigger.OUT_FOR_DELIVERY, Channel.WEBHOOK);
	}

	@Test
	void theMerchantGetsASignedPostWithOrderAndParcel() throws Exception {
		this.merchant.stubFor(post(urlEqualTo(this.path)).willReturn(aResponse().withStatus(204)));
		ApiClient.Response saved = register();
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.text("/secret")).isEqualTo("…cdef");
		assertThat(this.scenario.api.get("/api/v1/notifications/webhook").body()).doesNotContain(SECRET)
			.contains(this.path);

		this.scenario.status("OUT_FOR_DELIVERY");
		Message planned = this.scenario.awaitMessage(Channel.WEBHOOK, Trigger.OUT_FOR_DELIVERY);
		assertThat(planned.recipient()).isEqualTo(url());
		this.scenario.sendDue();

		Message sent = this.scenario.reload(planned);
		assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
		assertThat(sent.provider()).isEqualTo("webhook");
		LoggedRequest request = this.merchant.findAll(postRequestedFor(urlEqualTo(this.path))).getFirst();
		String signature = request.getHeader("X-Doorstep-Signature");
		assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
		String t = signature.substring(2, signature.indexOf(','));
		assertThat(Long.parseLong(t)).isCloseTo(Instant.now().getEpochSecond(),
				org.assertj.core.data.Offset.offset(60L));
		assertThat(signature.substring(signature.indexOf("v1=") + 3))
			.isEqualTo(hmac(t + "." + request.getBodyAsString()));
		JsonNode body = JSON.readTree(request.getBody());
		assertThat(body.get("messageId").asString()).isEqualTo(sent.id().toString());
		assertThat(request.getHeader("X-Doorstep-Message-Id")).isEqualTo(sent.id().toString());
		assertThat(body.get("trigger").asString()).isEqualTo("out-for-delivery");
		assertThat(body.at("/order/number").asString()).startsWith("C-");
		assertThat(body.at("/parcel/carrier").asString()).isNotBlank();
		assertThat(body.at("/parcel/trackingUrl").asString()).endsWith("/t/" + this.scenario.token);
		assertThat(body.get("text").asString()).isEqualTo(sent.bodyText());
		assertThat(body.get("shop").asString()).isEqualTo("Hook Shop");
		assertThat(body.get("event").isNull()).isTrue();
	}

	@Autowired
	dev.doorstep.notification.ShopperEvents events;

	@Test
	void anEventFromOutsideReachesTheMerchantWithItsReferenceAndFacts() throws Exception {
		this.merchant.stubFor(post(urlEqualTo(this.path)).willReturn(aResponse().withStatus(204)));
		register();
		this.scenario.sendAlsoOn(Trigger.RETURN_APPROVED, Channel.WEBHOOK);
		String label = "https://returns.example.com/label/RMA-77.pdf";
		assertThat(this.events.notify(this.scenario.shopId(), this.scenario.orderId(), null, Trigger.RETURN_APPROVED,
				"RMA-77", Instant.now(), Map.of("returnLabelUrl", label)))
			.isInstanceOf(dev.doorstep.notification.ShopperEvents.Outcome.Planned.class);
		Message planned = this.scenario.awaitMessage(Channel.WEBHOOK, Trigger.RETURN_APPROVED);
		this.scenario.sendDue();

		assertThat(this.scenario.reload(planned).status()).isEqualTo(MessageStatus.SENT);
		JsonNode body = JSON
			.readTree(this.merchant.findAll(postRequestedFor(urlEqualTo(this.path))).getFirst().getBody());
		assertThat(body.get("trigger").asString()).isEqualTo("return-approved");
		assertThat(body.at("/event/reference").asString()).isEqualTo("RMA-77");
		assertThat(body.at("/event/returnLabelUrl").asString()).isEqualTo(label);
	}

	@Test
	void aServerErrorIsRetriedAndAClientErrorFailsForGood() {
		this.merchant.stubFor(post(urlEqualTo(this.path)).willReturn(aResponse().withStatus(502)));
		register();
		this.scenario.status("OUT_FOR_DELIVERY");
		Message planned = this.scenario.awaitMessage(Channel.WEBHOOK, Trigger.OUT_FOR_DELIVERY);

		this.scenario.sendDue();
		Message retried = this.scenario.reload(planned);
		assertThat(retried.status()).isEqualTo(MessageStatus.SCHEDULED);
		assertThat(retried.lastError()).contains("502");

		this.merchant.stubFor(post(urlEqualTo(this.path)).willReturn(aResponse().withStatus(400)));
		this.scenario.sendDue();
		Message failed = this.scenario.reload(planned);
		assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(failed.lastError()).contains("400");
	}

	@Test
	void withoutAUrlNothingIsPlannedAndBadUrlsAreRefused() {
		ApiClient.Response plain = this.scenario.api.put("/api/v1/notifications/webhook",
				Map.of("url", "ftp://merchant.example/hook", "secret", SECRET));
		ApiClient.Response shortSecret = this.scenario.api.put("/api/v1/notifications/webhook",
				Map.of("url", url(), "secret", "short"));
		assertThat(plain.status()).isEqualTo(400);
		assertThat(shortSecret.status()).isEqualTo(400);
		assertThat(this.scenario.api.get("/api/v1/notifications/webhook").json().get("url").isNull()).isTrue();

		this.scenario.status("OUT_FOR_DELIVERY");
		this.scenario.awaitMessage(Channel.EMAIL, Trigger.OUT_FOR_DELIVERY);
		assertThat(this.scenario.find(Channel.WEBHOOK, Trigger.OUT_FOR_DELIVERY)).isNull();
	}

	private ApiClient.Response register() {
		return this.scenario.api.put("/api/v1/notifications/webhook", Map.of("url", url(), "secret", SECRET));
	}

	private String url() {
		return this.merchant.baseUrl() + this.path;
	}

	private static String hmac(String signed) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}

}
