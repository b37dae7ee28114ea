package dev.doorstep.notification.channel.messenger;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.ConsentRecord;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.channel.ChannelScenario;
import dev.doorstep.notification.channel.ChannelScenarios;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.CarrierApiStub;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.NotificationChannelStubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper follows the tracking page's Messenger link; Meta's webhook (signed with the
 * app secret) links them to the order; WireMock plays the Send API. Payloads follow
 * Meta's documented shapes.
 */
@DoorstepIntegrationTest
class MessengerIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SEND_PATH = "/graph/v21.0/me/messages";

	@Autowired
	Consents consents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChannelScenarios scenarios;

	ChannelScenario scenario;

	WireMockServer graph = CarrierApiStub.server();

	String psid = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));

	@BeforeEach
	void scenario() {
		this.scenario = this.scenarios.create("Messenger Shop");
		this.scenario.sendAlsoOn(Trigger.OUT_FOR_DELIVERY, Channel.MESSENGER);
		this.scenario.sendAlsoOn(Trigger.DELIVERED, Channel.MESSENGER);
	}

	@Test
	void aShopperWhoOpensMessengerFromTheTrackingPageGetsUpdatesWithinMetasPolicy() {
		ApiClient.Response hook = webhook(Map.of("sender", Map.of("id", this.psid), "recipient",
				Map.of("id", NotificationChannelStubs.MESSENGER_PAGE_ID), "timestamp", Instant.now().toEpochMilli(),
				"postback", Map.of("title", "Get Started", "payload", "GET_STARTED", "referral",
						Map.of("ref", ref(), "source", "SHORTLINK", "type", "OPEN_THREAD"))));
		assertThat(hook.status()).isEqualTo(200);
		assertThat(this.consents.history(this.scenario.shopId(), Channel.MESSENGER, this.psid))
			.extracting(ConsentRecord::granted, ConsentRecord::source)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(true, "messenger-optin"));
		stubSend(200, "{\"recipient_id\":\"" + this.psid + "\",\"message_id\":\"m_first-" + this.psid + "\"}");

		// Within 24 hours of the shopper's action: a plain response.
		this.scenario.status("OUT_FOR_DELIVERY");
		Message first = this.scenario.awaitMessage(Channel.MESSENGER, Trigger.OUT_FOR_DELIVERY);
		assertThat(first.recipient()).isEqualTo(this.psid);
		this.scenario.sendDue();
		Message sent = this.scenario.reload(first);
		assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
		assertThat(sent.providerId()).isEqualTo("m_first-" + this.psid);
		JsonNode body = lastSend();
		assertThat(body.at("/recipient/id").asString()).isEqualTo(this.psid);
		assertThat(body.get("messaging_type").asString()).isEqualTo("RESPONSE");
		assertThat(body.has("tag")).isFalse();
		assertThat(body.at("/message/text").asString()).isEqualTo(sent.bodyText());

		// Delivery and read receipts move the message on.
		webhook(Map.of("sender", Map.of("id", this.psid), "recipient",
				Map.of("id", NotificationChannelStubs.MESSENGER_PAGE_ID), "delivery",
				Map.of("mids", List.of("m_first-" + this.psid), "watermark", Instant.now().toEpochMilli())));
		assertThat(this.scenario.reload(first).status()).isEqualTo(MessageStatus.DELIVERED);
		webhook(Map.of("sender", Map.of("id", this.psid), "recipient",
				Map.of("id", NotificationChannelStubs.MESSENGER_PAGE_ID), "timestamp", Instant.now().toEpochMilli(),
				"read", Map.of("watermark", Instant.now().toEpochMilli())));
		assertThat(this.scenario.reload(first).status()).isEqualTo(MessageStatus.OPENED);

		// Two days later the window is closed: only the post-purchase tag may carry it.
		this.jdbc.sql("UPDATE messenger_recipient SET last_inbound_at = now() - interval '2 days' WHERE psid = :psid")
			.param("psid", this.psid)
			.update();
		stubSend(200, "{\"recipient_id\":\"" + this.psid + "\",\"message_id\":\"m_second-" + this.psid + "\"}");
		this.scenario.status("DELIVERED");
		Message second = this.scenario.awaitMessage(Channel.MESSENGER, Trigger.DELIVERED);
		this.scenario.sendDue();
		assertThat(this.scenario.reload(second).status()).isEqualTo(MessageStatus.SENT);
		JsonNode tagged = lastSend();
		assertThat(tagged.get("messaging_type").asString()).isEqualTo("MESSAGE_TAG");
		assertThat(tagged.get("tag").asString()).isEqualTo("POST_PURCHASE_UPDATE");
		LoggedRequest request = sends().getLast();
		assertThat(request.queryParameter("access_token").firstValue())
			.isEqualTo(NotificationChannelStubs.MESSENGER_PAGE_TOKEN);
	}

	@Test
	void theTrackingPageLinkCarriesASignedOrderReference() {
		ApiClient.Response link = this.scenario.api.get("/t/" + this.scenario.token + "/messenger");
		ApiClient.Response unknown = this.scenario.api.get("/t/no-such-token/messenger");

		assertThat(link.status()).isEqualTo(302);
		assertThat(unknown.status()).isEqualTo(404);
		String forged = ref().substring(0, ref().length() - 2) + "xx";
		webhook(Map.of("sender", Map.of("id", this.psid), "recipient",
				Map.of("id", NotificationChannelStubs.MESSENGER_PAGE_ID), "timestamp", Instant.now().toEpochMilli(),
				"referral", Map.of("ref", forged, "source", "SHORTLINK", "type", "OPEN_THREAD")));
		assertThat(this.consents.history(this.scenario.shopId(), Channel.MESSENGER, this.psid)).isEmpty();
		this.scenario.status("OUT_FOR_DELIVERY");
		this.scenario.awaitMessage(Channel.EMAIL, Trigger.OUT_FOR_DELIVERY);
		assertThat(this.scenario.find(Channel.MESSENGER, Trigger.OUT_FOR_DELIVERY)).isNull();
	}

	@Test
	void theWebhookChecksMetasSignatureAndVerifyToken() {
		byte[] body = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
		ApiClient.Response forged = this.scenario.api.postRaw("/hooks/notify/messenger", body,
				Map.of("Content-Type", "application/json", "X-Hub-Signature-256", "sha256=" + "0".repeat(64)));
		ApiClient.Response unsigned = this.scenario.api.postRaw("/hooks/notify/messenger", body,
				Map.of("Content-Type", "application/json"));
		ApiClient.Response handshake = this.scenario.api
			.get("/hooks/notify/messenger?hub.mode=subscribe&hub.verify_token="
					+ NotificationChannelStubs.MESSENGER_VERIFY_TOKEN + "&hub.challenge=1158201444");
		ApiClient.Response wrongToken = this.scenario.api
			.get("/hooks/notify/messenger?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");

		assertThat(forged.status()).isEqualTo(401);
		assertThat(forged.contentType()).startsWith("application/problem+json");
		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(handshake.status()).isEqualTo(200);
		assertThat(handshake.body()).isEqualTo("1158201444");
		assertThat(wrongToken.status()).isEqualTo(403);
	}

	@Test
	void stopWithdrawsAndMetasRefusalFailsTheMessage() {
		webhook(Map.of("sender", Map.of("id", this.psid), "recipient",
				Map.of("id", NotificationChannelStubs.MESSENGER_PAGE_ID), "timestamp", Instant.now().toEpochMilli(),
				"referral", Map.of("ref", ref(), "source", "SHORTLINK", "type", "OPEN_THREAD")));
		stubSend(400, """
				{"error":{"message":"(#551) This person isn't available right now.","type":"OAuthException",
				"code":551,"error_subcode":1545041,"fbtrace_id":"AbCdEf"}}""");
		this.scenario.status("OUT_FOR_DELIVERY");
		Message refused = this.scenario.awaitMessage(Channel.MESSENGER, Trigger.OUT_FOR_DELIVERY);
		this.scenario.sendDue();
		Message failed = this.scenario.reload(refused);
		assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(failed.lastError()).contains("551");

		webhook(Map.of("sender", Map.of("id", this.psid), "recipient",
				Map.of("id", NotificationChannelStubs.MESSENGER_PAGE_ID), "timestamp", Instant.now().toEpochMilli(),
				"message", Map.of("mid", "m_in-" + this.psid, "text", "STOP")));
		this.scenario.status("DELIVERED");
		Message after = this.scenario.awaitMessage(Channel.MESSENGER, Trigger.DELIVERED);
		this.scenario.sendDue();
		assertThat(this.scenario.reload(after).status()).isEqualTo(MessageStatus.NO_CONSENT);
	}

	/** The signed reference from the tracking page's Messenger link (a redirect). */
	private String ref() {
		try {
			java.net.http.HttpResponse<Void> response = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest
					.newBuilder(
							java.net.URI.create(this.scenario.api.base() + "/t/" + this.scenario.token + "/messenger"))
					.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
			String target = response.headers().firstValue("Location").orElseThrow();
			assertThat(target).startsWith("https://m.me/" + NotificationChannelStubs.MESSENGER_PAGE_ID + "?ref=");
			return URLDecoder.decode(target.substring(target.indexOf("ref=") + 4), StandardCharsets.UTF_8);
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ApiClient.Response webhook(Map<String, Object> messaging) {
		byte[] body = ApiClient
			.json(Map.of("object", "page", "entry",
					List.of(Map.of("id", NotificationChannelStubs.MESSENGER_PAGE_ID, "time",
							Instant.now().toEpochMilli(), "messaging", List.of(messaging)))))
			.getBytes(StandardCharsets.UTF_8);
		return this.scenario.api.postRaw("/hooks/notify/messenger", body,
				Map.of("Content-Type", "application/json", "X-Hub-Signature-256", "sha256=" + hmac(body)));
	}

	private void stubSend(int status, String body) {
		this.graph.stubFor(post(urlPathEqualTo(SEND_PATH))
			.withRequestBody(matchingJsonPath("$.recipient.id", equalTo(this.psid)))
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
	}

	private List<LoggedRequest> sends() {
		return this.graph.findAll(postRequestedFor(urlPathEqualTo(SEND_PATH))
			.withRequestBody(matchingJsonPath("$.recipient.id", equalTo(this.psid))));
	}

	private JsonNode lastSend() {
		return JSON.readTree(sends().getLast().getBodyAsString());
	}

	private static String hmac(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(NotificationChannelStubs.MESSENGER_APP_SECRET.getBytes(StandardCharsets.UTF_8),
					"HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
