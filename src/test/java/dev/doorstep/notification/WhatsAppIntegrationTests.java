package dev.doorstep.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;
import dev.doorstep.notification.channel.whatsapp.WhatsAppProperties;
import dev.doorstep.notification.channel.whatsapp.WhatsAppSender;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.CarrierApiStub;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WhatsApp template messages over the Cloud API (WireMock plays the Graph API with its
 * documented payloads), the signed status webhook and its verification handshake, and the
 * dev mailbox showing the template with its parameters. The shared context has only the
 * webhook secrets, so WhatsApp goes to the dev mailbox there; sending is tested with a
 * sender configured here.
 */
@DoorstepIntegrationTest
class WhatsAppIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Journeys journeys;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	Notifications notifications;

	@Autowired
	Consents consents;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	TestShops.TestShop shop;

	PhoneScenario shopper;

	WireMockServer graph = CarrierApiStub.server();

	String phoneNumberId;

	WhatsAppSender sender;

	@BeforeEach
	void shop() {
		this.shop = this.shops.create("Notify WA");
		this.shopper = new PhoneScenario(new ApiClient(this.port, this.shop.apiKey()), this.dispatcher,
				this.notifications, this.jdbc, this.shop.shop().id());
		this.phoneNumberId = String.valueOf(100000000000000L + System.nanoTime() % 899999999999999L);
		this.sender = new WhatsAppSender(
				new WhatsAppProperties(this.graph.baseUrl() + "/v21.0", this.phoneNumberId, "EAAtest", "", "",
						Map.of("out-for-delivery", "parcel_today"),
						List.of("firstName", "orderNumber", "carrier", "trackingUrl"), Duration.ofSeconds(5)),
				this.clock);
	}

	@Test
	void aTemplateMessageCarriesTheTriggersTemplateAndTheParametersInOrder() {
		String wamid = "wamid.HBgLNDkxNzAxMjM0NTY3FQIAERgS" + UUID.randomUUID().toString().replace("-", "");
		String to = this.shopper.phone.substring(1);
		this.graph.stubFor(post(urlPathEqualTo("/v21.0/" + this.phoneNumberId + "/messages"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"messaging_product": "whatsapp", "contacts": [{"input": "%s", "wa_id": "%s"}],
					 "messages": [{"id": "%s"}]}
					""".formatted(to, to, wamid))));

		SendResult result = this.sender.send(message(Map.of("firstName", "Anna", "orderNumber", "W-1", "carrier", "DHL",
				"trackingUrl", "https://track.example/t/abc", "shopName", "Notify WA")));

		assertThat(result).isEqualTo(new SendResult.Sent("whatsapp", wamid));
		this.graph.verify(postRequestedFor(urlPathEqualTo("/v21.0/" + this.phoneNumberId + "/messages"))
			.withHeader("Authorization", equalTo("Bearer EAAtest"))
			.withRequestBody(equalToJson("""
					{"messaging_product": "whatsapp", "recipient_type": "individual", "to": "%s", "type": "template",
					 "template": {"name": "parcel_today", "language": {"code": "de"},
					   "components": [{"type": "body", "parameters": [
					     {"type": "text", "text": "Anna"}, {"type": "text", "text": "W-1"},
					     {"type": "text", "text": "DHL"}, {"type": "text", "text": "https://track.example/t/abc"}]}]}}
					""".formatted(to))));
	}

	@Test
	void undeliverableIsFinalWhileRateLimitsAndAnExpiredTokenWait() {
		assertThat(answer(400, """
				{"error": {"message": "(#131026) Message undeliverable", "type": "OAuthException", "code": 131026,
				 "error_data": {"messaging_product": "whatsapp", "details": "Message Undeliverable."},
				 "fbtrace_id": "AbCdEf123"}}
				""")).isInstanceOfSatisfying(SendResult.Rejected.class,
				rejected -> assertThat(rejected.reason()).contains("131026"));
		assertThat(answer(400,
				"""
						{"error": {"message": "(#131047) Re-engagement message", "type": "OAuthException", "code": 131047,
						 "error_data": {"messaging_product": "whatsapp",
						   "details": "Message failed to send because more than 24 hours have passed since the customer last replied to this number."},
						 "fbtrace_id": "AbCdEf124"}}
						"""))
			.isInstanceOf(SendResult.Rejected.class);
		assertThat(answer(400,
				"""
						{"error": {"message": "(#130429) Rate limit hit", "type": "OAuthException", "code": 130429,
						 "error_data": {"messaging_product": "whatsapp", "details": "Cloud API message throughput has been reached."},
						 "fbtrace_id": "AbCdEf125"}}
						"""))
			.isInstanceOf(SendResult.Retry.class);
		assertThat(answer(400, """
				{"error": {"message": "(#80007) Rate limit issues", "type": "OAuthException", "code": 80007,
				 "fbtrace_id": "AbCdEf126"}}
				""")).isInstanceOf(SendResult.Retry.class);
		assertThat(answer(401, """
				{"error": {"message": "Error validating access token: Session has expired.", "type": "OAuthException",
				 "code": 190, "error_subcode": 463, "fbtrace_id": "AbCdEf127"}}
				""")).isEqualTo(
				new SendResult.Retry("WhatsApp 401 error 190/463: Error validating access token: Session has expired.",
						Duration.ofMinutes(10)));
	}

	@Test
	void theDevMailboxShowsTheTemplateWithItsParametersAndWebhooksUpdateIt() {
		Message message = sentToDevMailbox();

		assertThat(this.notifications.devMailbox(Channel.WHATSAPP)).isTrue();
		assertThat(message.status()).isEqualTo(MessageStatus.SENT);
		assertThat(message.provider()).isEqualTo("devmail");
		assertThat(message.bodyText()).startsWith("WhatsApp template doorstep_out_for_delivery (de)")
			.contains("{{1}} firstName: Anna")
			.contains("{{2}} orderNumber: W-2")
			.contains("{{3}} carrier: DHL")
			.containsPattern("\\{\\{4}} trackingUrl: http\\S+/t/");

		String wamid = "wamid." + UUID.randomUUID();
		this.shopper.carriedBy(message, "whatsapp", wamid);
		byte[] delivered = statuses(wamid, "delivered");
		byte[] read = statuses(wamid, "read");
		ApiClient.Response forged = webhook(read, "sha256=" + "0".repeat(64));
		ApiClient.Response unsigned = webhook(read, null);
		assertThat(forged.status()).isEqualTo(401);
		assertThat(forged.contentType()).startsWith("application/problem+json");
		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(this.shopper.reload(message).status()).isEqualTo(MessageStatus.SENT);

		assertThat(webhook(delivered, sign(delivered)).status()).isEqualTo(200);
		assertThat(this.shopper.reload(message).status()).isEqualTo(MessageStatus.DELIVERED);
		assertThat(webhook(read, sign(read)).status()).isEqualTo(200);
		assertThat(webhook(delivered, sign(delivered)).status()).as("late and repeated").isEqualTo(200);
		assertThat(this.shopper.reload(message).status()).isEqualTo(MessageStatus.OPENED);
	}

	@Test
	void aShopperTextingStopWithdrawsWhatsAppConsent() {
		sentToDevMailbox();
		byte[] stop = """
				{"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"value": {
				  "messaging_product": "whatsapp",
				  "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
				  "contacts": [{"profile": {"name": "Anna"}, "wa_id": "%s"}],
				  "messages": [{"from": "%s", "id": "wamid.%s", "timestamp": "1750263800",
				    "text": {"body": "STOP"}, "type": "text"}]},
				  "field": "messages"}]}]}
				""".formatted(this.shopper.phone.substring(1), this.shopper.phone.substring(1), UUID.randomUUID())
			.getBytes(StandardCharsets.UTF_8);

		assertThat(webhook(stop, sign(stop)).status()).isEqualTo(200);

		ConsentRecord record = this.consents
			.current(this.shop.shop().id(), this.shopper.phone, Channel.WHATSAPP, Topic.TRANSACTIONAL)
			.orElseThrow();
		assertThat(record.granted()).isFalse();
		assertThat(record.source()).isEqualTo("whatsapp-keyword");
	}

	@Test
	void theSubscriptionHandshakeEchoesTheChallengeOnlyForTheVerifyToken() {
		ApiClient api = new ApiClient(this.port, "");

		ApiClient.Response ok = api.get("/hooks/notify/whatsapp?hub.mode=subscribe&hub.verify_token="
				+ CarrierApiStub.WHATSAPP_VERIFY_TOKEN + "&hub.challenge=1158201444");
		ApiClient.Response wrong = api
			.get("/hooks/notify/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");

		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.body()).isEqualTo("1158201444");
		assertThat(wrong.status()).isEqualTo(403);
	}

	private Message sentToDevMailbox() {
		Journey journey = this.journeys.list(this.shop.shop().id())
			.stream()
			.filter(j -> j.trigger() == Trigger.OUT_FOR_DELIVERY)
			.findFirst()
			.orElseThrow();
		List<JourneyStep> steps = new ArrayList<>(journey.steps());
		steps.add(JourneyStep.Send.of(Channel.WHATSAPP));
		this.journeys.replaceSteps(this.shop.shop().id(), journey.id(), steps);
		this.consents.grant(this.shop.shop().id(), this.shopper.phone, Channel.WHATSAPP, Topic.TRANSACTIONAL,
				"tracking-page", "test");
		return this.shopper.outForDelivery(this.shopper.order("W-2"), Channel.WHATSAPP);
	}

	private SendResult answer(int status, String body) {
		this.graph.stubFor(post(urlPathEqualTo("/v21.0/" + this.phoneNumberId + "/messages"))
			.withRequestBody(matchingJsonPath("$.to", equalTo(this.shopper.phone.substring(1))))
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
		return this.sender.send(message(Map.of("orderNumber", "W-3")));
	}

	private OutgoingMessage message(Map<String, String> parameters) {
		return new OutgoingMessage(UUID.randomUUID(), this.shop.shop().id(), Channel.WHATSAPP, Trigger.OUT_FOR_DELIVERY,
				this.shopper.phone, "de", "Notify WA", null, "Ihr Paket kommt heute", null, Map.of(), parameters);
	}

	/** A {@code messages} webhook with one status, as Meta documents it. */
	private byte[] statuses(String wamid, String status) {
		return """
				{"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"value": {
				  "messaging_product": "whatsapp",
				  "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
				  "statuses": [{"id": "%s", "status": "%s", "timestamp": "1750263773", "recipient_id": "%s",
				    "conversation": {"id": "6ceb9d929c6b5e5c4d4ec2d6f4f2b0f2", "origin": {"type": "utility"}},
				    "pricing": {"billable": true, "pricing_model": "PMP", "category": "utility"}}]},
				  "field": "messages"}]}]}
				""".formatted(wamid, status, this.shopper.phone.substring(1)).getBytes(StandardCharsets.UTF_8);
	}

	private ApiClient.Response webhook(byte[] body, String signature) {
		Map<String, String> headers = signature == null ? Map.of("Content-Type", "application/json")
				: Map.of("Content-Type", "application/json", "X-Hub-Signature-256", signature);
		return new ApiClient(this.port, "").postRaw("/hooks/notify/whatsapp", body, headers);
	}

	/**
	 * Meta's signature, written out independently: sha256= and hex HMAC-SHA256 of the
	 * body.
	 */
	private static String sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(CarrierApiStub.WHATSAPP_APP_SECRET.getBytes(StandardCharsets.UTF_8),
					"HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
