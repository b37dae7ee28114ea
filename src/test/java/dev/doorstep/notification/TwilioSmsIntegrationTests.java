package dev.doorstep.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;
import dev.doorstep.notification.channel.twilio.TwilioProperties;
import dev.doorstep.notification.channel.twilio.TwilioSender;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.notification.internal.Links;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopSettings;
import dev.doorstep.shop.Shops;
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
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SMS through Twilio: the Messages API played by WireMock over real HTTP with Twilio's
 * documented answers, signed status callbacks, and inbound STOP / START / HELP. In the
 * shared context Twilio has only its auth token (webhooks work, SMS go to the dev
 * mailbox), so sending is tested with a sender configured here.
 */
@DoorstepIntegrationTest
class TwilioSmsIntegrationTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/" + CarrierApiStub.TWILIO_ACCOUNT + "/Messages.json";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shops shopService;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	Notifications notifications;

	@Autowired
	Consents consents;

	@Autowired
	Links links;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	TestShops.TestShop shop;

	ApiClient api;

	PhoneScenario shopper;

	TwilioSender sender;

	WireMockServer twilio = CarrierApiStub.server();

	@BeforeEach
	void shop() {
		this.shop = this.shops.create("Notify SMS");
		this.api = new ApiClient(this.port, this.shop.apiKey());
		this.shopper = new PhoneScenario(this.api, this.dispatcher, this.notifications, this.jdbc,
				this.shop.shop().id());
		this.sender = new TwilioSender(new TwilioProperties(this.twilio.baseUrl(), CarrierApiStub.TWILIO_ACCOUNT,
				CarrierApiStub.TWILIO_TOKEN, "+4915112345678", "", Duration.ofSeconds(5)), this.links, this.consents,
				this.clock);
	}

	@Test
	void aMessageIsPostedToTheMessagesResourceWithBasicAuthAndAStatusCallback() {
		String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
		this.twilio.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(containing(encoded(this.shopper.phone)))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("""
						{"account_sid": "%s", "api_version": "2010-04-01", "body": "Ihr Paket kommt heute",
						 "date_created": "Thu, 24 Aug 2023 05:01:45 +0000", "date_sent": null,
						 "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000", "direction": "outbound-api",
						 "error_code": null, "error_message": null, "from": "+4915112345678",
						 "messaging_service_sid": null, "num_media": "0", "num_segments": "1", "price": null,
						 "price_unit": "EUR", "sid": "%s", "status": "queued",
						 "subresource_uris": {"media": "/2010-04-01/Accounts/%s/Messages/%s/Media.json"},
						 "to": "%s", "uri": "/2010-04-01/Accounts/%s/Messages/%s.json"}
						""".formatted(CarrierApiStub.TWILIO_ACCOUNT, sid, CarrierApiStub.TWILIO_ACCOUNT, sid,
						this.shopper.phone, CarrierApiStub.TWILIO_ACCOUNT, sid))));

		SendResult result = this.sender.send(sms("Ihr Paket kommt heute"));

		assertThat(result).isEqualTo(new SendResult.Sent("twilio", sid));
		this.twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES))
			.withHeader("Authorization",
					equalTo("Basic " + Base64.getEncoder()
						.encodeToString((CarrierApiStub.TWILIO_ACCOUNT + ":" + CarrierApiStub.TWILIO_TOKEN)
							.getBytes(StandardCharsets.UTF_8))))
			.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
			.withRequestBody(containing("To=" + encoded(this.shopper.phone)))
			.withRequestBody(containing("From=%2B4915112345678"))
			.withRequestBody(containing("Body=Ihr+Paket+kommt+heute"))
			.withRequestBody(
					containing("StatusCallback=" + encoded(this.links.absolute("/hooks/notify/twilio/status")))));
	}

	@Test
	void anInvalidNumberIsRejectedForGood() {
		error(400, null, """
				{"code": 21211, "message": "The 'To' number %s is not a valid phone number.",
				 "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}
				""".formatted(this.shopper.phone));

		SendResult result = this.sender.send(sms("Hallo"));

		assertThat(result).isInstanceOfSatisfying(SendResult.Rejected.class,
				rejected -> assertThat(rejected.reason()).contains("21211"));
	}

	@Test
	void aRateLimitIsRetriedNoEarlierThanRetryAfter() {
		error(429, "120", """
				{"code": 20429, "message": "Too Many Requests", "more_info": "https://www.twilio.com/docs/errors/20429",
				 "status": 429}
				""");

		SendResult result = this.sender.send(sms("Hallo"));

		assertThat(result)
			.isEqualTo(new SendResult.Retry("Twilio 429 error 20429: Too Many Requests", Duration.ofSeconds(120)));
	}

	@Test
	void anUnsubscribedRecipientIsRejectedAndTheLedgerLearnsIt() {
		grant();
		error(400, null, """
				{"code": 21610, "message": "Attempt to send to unsubscribed recipient",
				 "more_info": "https://www.twilio.com/docs/errors/21610", "status": 400}
				""");

		SendResult result = this.sender.send(sms("Hallo"));

		assertThat(result).isInstanceOf(SendResult.Rejected.class);
		assertThat(this.consents.allows(this.shop.shop().id(), this.shopper.phone, Channel.SMS, Topic.TRANSACTIONAL))
			.isFalse();
		assertThat(this.consents.current(this.shop.shop().id(), this.shopper.phone, Channel.SMS, Topic.TRANSACTIONAL)
			.orElseThrow()
			.source()).isEqualTo("twilio-opt-out");
	}

	@Test
	void signedStatusCallbacksBecomeReceiptsAndForgedOnesAreRefused() {
		grant();
		Message sms = this.shopper.outForDelivery(this.shopper.order("S-1"), Channel.SMS);
		String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
		this.shopper.carriedBy(sms, "twilio", sid);
		Map<String, String> delivered = statusCallback(sid, "delivered");
		Map<String, String> failed = statusCallback(sid, "undelivered");
		failed.put("ErrorCode", "30003");

		ApiClient.Response forged = hook("/hooks/notify/twilio/status", failed, "AAAA" + sign("/x", failed));
		ApiClient.Response ok = hook("/hooks/notify/twilio/status", delivered,
				sign("/hooks/notify/twilio/status", delivered));
		ApiClient.Response again = hook("/hooks/notify/twilio/status", delivered,
				sign("/hooks/notify/twilio/status", delivered));

		assertThat(forged.status()).isEqualTo(401);
		assertThat(forged.contentType()).startsWith("application/problem+json");
		assertThat(ok.status()).isEqualTo(204);
		assertThat(again.status()).isEqualTo(204);
		assertThat(this.shopper.reload(sms).status()).isEqualTo(MessageStatus.DELIVERED);
	}

	@Test
	void stopWithdrawsEveryTopicSoTheNextSmsIsNotSent() {
		grant();
		this.consents.grant(this.shop.shop().id(), this.shopper.phone, Channel.SMS, Topic.MARKETING, "tracking-page",
				"test");
		String order = this.shopper.order("S-2");
		assertThat(this.shopper.outForDelivery(order, Channel.SMS).status()).isEqualTo(MessageStatus.SENT);

		ApiClient.Response answer = inbound("Stop");
		ApiClient.Response forged = hook("/hooks/notify/twilio/inbound", inboundParameters("START"), "bm90IGl0");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/xml");
		assertThat(answer.body()).contains("<Response></Response>");
		assertThat(forged.status()).isEqualTo(401);
		for (Topic topic : Topic.values()) {
			ConsentRecord record = this.consents.current(this.shop.shop().id(), this.shopper.phone, Channel.SMS, topic)
				.orElseThrow();
			assertThat(record.granted()).isFalse();
			assertThat(record.source()).isEqualTo("sms-keyword");
		}
		assertThat(this.shopper.outForDelivery(order, Channel.SMS).status()).isEqualTo(MessageStatus.NO_CONSENT);
	}

	@Test
	void stoppIsGermanForStopAndStartGrantsTransactionalSmsBack() {
		grant();
		String order = this.shopper.order("S-3");
		this.shopper.outForDelivery(order, Channel.SMS);
		int before = this.consents.history(this.shop.shop().id(), Channel.SMS, this.shopper.phone).size();

		inbound("STOPP");
		inbound("STOPP");
		int afterStop = this.consents.history(this.shop.shop().id(), Channel.SMS, this.shopper.phone).size();
		inbound("start");

		assertThat(afterStop - before).as("one withdrawal, a repeated STOP adds nothing").isEqualTo(1);
		assertThat(this.consents.allows(this.shop.shop().id(), this.shopper.phone, Channel.SMS, Topic.TRANSACTIONAL))
			.isTrue();
		assertThat(this.consents.current(this.shop.shop().id(), this.shopper.phone, Channel.SMS, Topic.TRANSACTIONAL)
			.orElseThrow()
			.source()).isEqualTo("sms-keyword");
		assertThat(this.consents.allows(this.shop.shop().id(), this.shopper.phone, Channel.SMS, Topic.MARKETING))
			.as("marketing was never agreed to, START does not invent it")
			.isFalse();
		assertThat(this.shopper.outForDelivery(order, Channel.SMS).status()).isEqualTo(MessageStatus.SENT);
	}

	@Test
	void helpIsAnsweredWithTheShopsSupportContact() {
		Shop shop = this.shop.shop();
		this.shopService.update(shop.id(),
				new ShopSettings(shop.name(), shop.brand(), shop.defaultLocale(), shop.supportedLocales(),
						shop.timeZone(), new Shop.SupportContacts("hilfe@notify.example", "+49 30 123456", null),
						shop.websiteUrl()));
		grant();
		this.shopper.outForDelivery(this.shopper.order("S-4"), Channel.SMS);

		ApiClient.Response answer = inbound("HELP");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/xml");
		assertThat(answer.body()).startsWith("<?xml")
			.contains(
					"<Response><Message>Notify SMS: Fragen zu Ihrer Bestellung? +49 30 123456 / hilfe@notify.example.")
			.endsWith("</Message></Response>");
	}

	private void grant() {
		this.consents.grant(this.shop.shop().id(), this.shopper.phone, Channel.SMS, Topic.TRANSACTIONAL,
				"tracking-page", "test");
	}

	private OutgoingMessage sms(String text) {
		return new OutgoingMessage(UUID.randomUUID(), this.shop.shop().id(), Channel.SMS, Trigger.OUT_FOR_DELIVERY,
				this.shopper.phone, "de", "Notify SMS", null, text, null, Map.of(), Map.of());
	}

	private void error(int status, String retryAfter, String body) {
		var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
		if (retryAfter != null) {
			response.withHeader("Retry-After", retryAfter);
		}
		this.twilio.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(containing(encoded(this.shopper.phone)))
			.willReturn(response));
	}

	private Map<String, String> statusCallback(String sid, String status) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("SmsSid", sid);
		form.put("SmsStatus", status);
		form.put("MessageStatus", status);
		form.put("To", this.shopper.phone);
		form.put("MessageSid", sid);
		form.put("AccountSid", CarrierApiStub.TWILIO_ACCOUNT);
		form.put("From", "+4915112345678");
		form.put("ApiVersion", "2010-04-01");
		return form;
	}

	private Map<String, String> inboundParameters(String body) {
		String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("ToCountry", "DE");
		form.put("ToState", "");
		form.put("SmsMessageSid", sid);
		form.put("NumMedia", "0");
		form.put("ToCity", "");
		form.put("FromZip", "");
		form.put("SmsSid", sid);
		form.put("FromState", "");
		form.put("SmsStatus", "received");
		form.put("FromCity", "");
		form.put("Body", body);
		form.put("FromCountry", "DE");
		form.put("To", "+4915112345678");
		form.put("ToZip", "");
		form.put("NumSegments", "1");
		form.put("MessageSid", sid);
		form.put("AccountSid", CarrierApiStub.TWILIO_ACCOUNT);
		form.put("From", this.shopper.phone);
		form.put("ApiVersion", "2010-04-01");
		return form;
	}

	private ApiClient.Response inbound(String body) {
		Map<String, String> form = inboundParameters(body);
		return hook("/hooks/notify/twilio/inbound", form, sign("/hooks/notify/twilio/inbound", form));
	}

	private ApiClient.Response hook(String path, Map<String, String> form, String signature) {
		return new ApiClient(this.port, "").postRaw(path, PhoneScenario.form(form).getBytes(StandardCharsets.UTF_8),
				Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Twilio-Signature", signature));
	}

	/**
	 * Twilio's algorithm, written out here independently of the code under test: the
	 * public URL, then each parameter name and value sorted by name, HMAC-SHA1 with the
	 * auth token, Base64.
	 */
	private String sign(String path, Map<String, String> form) {
		StringBuilder data = new StringBuilder(this.links.absolute(path));
		new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(CarrierApiStub.TWILIO_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encoded(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
