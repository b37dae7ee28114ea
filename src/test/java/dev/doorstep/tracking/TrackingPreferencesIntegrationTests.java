package dev.doorstep.tracking;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.ConsentRecord;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Topic;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import dev.doorstep.tracking.internal.LookupLimiter;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.doorstep.tracking.TrackingScenario.EMAIL;
import static dev.doorstep.tracking.TrackingScenario.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Updates" section of the tracking page, driven by plain form posts as a browser
 * without JavaScript sends them: every change lands in the consent ledger, and the SMS
 * code is read from the message row the dev mailbox shows.
 */
@DoorstepIntegrationTest
class TrackingPreferencesIntegrationTests {

	/** The order's phone in {@link Fixtures#order}, normalized. */
	private static final String ORDER_PHONE = "+49301234567";

	private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

	@LocalServerPort
	int port;

	@Autowired
	TestShops testShops;

	@Autowired
	Shops shops;

	@Autowired
	LookupLimiter limiter;

	@Autowired
	Consents consents;

	@Autowired
	Notifications notifications;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeliveryPromises promises;

	TrackingScenario scenario;

	ShopId shop;

	@BeforeEach
	void setUp() {
		this.limiter.reset();
		this.scenario = new TrackingScenario(this.port, this.testShops, this.shops, "https://cdn.example/logo.png");
		this.shop = this.scenario.shop.id();
	}

	@Test
	void showsTheUpdatesSectionWithEmailOnAndMarketingOffByDefault() {
		String html = page("?lang=en");

		assertThat(html).contains("<section class=\"card updates\" id=\"updates\"")
			.contains("Updates on this order")
			.containsPattern("<input type=\"checkbox\" id=\"pref-email\" name=\"email\" value=\"on\" checked")
			.containsPattern("<input type=\"checkbox\" id=\"pref-marketing\" name=\"marketing\" value=\"on\">")
			.contains("To a•••@example.com")
			.contains("<label for=\"sms-phone\">Mobile number</label>")
			.contains("(+49 ••• 67)")
			.contains("<div id=\"messenger-slot\">")
			.contains("href=\"/t/" + this.scenario.firstToken + "/messenger\"")
			.contains("<div id=\"push-slot\" data-doorstep-push")
			.doesNotContain("anna.schmidt@example.com")
			.doesNotContain("1234567\"")
			.containsOnlyOnce("<script src=\"/assets/tracking/push.js\"");
		assertThat(page("?lang=de")).contains("Benachrichtigungen zu dieser Bestellung")
			.contains("Code per SMS senden")
			.contains("Alle Benachrichtigungen beenden");
	}

	@Test
	void showsAChangedOrderEmailOnTheNextView() {
		// Once the parcel's window is worked out (after its events, in the background),
		// the page is kept as it is.
		Awaitility.await()
			.until(() -> this.promises
				.version(this.shop, new ShipmentId(UUID.fromString(this.scenario.firstShipmentId)))
				.isPresent());
		assertThat(page("?lang=en")).contains("To a•••@example.com");

		Map<String, Object> order = Fixtures.order(this.scenario.externalId, this.scenario.orderNumber);
		order.put("customer", Map.of("email", "zoe.berger@example.org", "firstName", "Zoe", "lastName", "Berger"));
		assertThat(this.scenario.api.post("/api/v1/orders", order).status()).isEqualTo(200);

		// The page is kept with its order; the order's change drops it.
		assertThat(page("?lang=en")).contains("To z•••@example.org").doesNotContain("a•••@example.com");
	}

	@Test
	void turningEmailOffMakesTheNextEmailNoConsent() {
		HttpResponse<byte[]> saved = post("/preferences", "action", "save");

		assertThat(saved.statusCode()).isEqualTo(303);
		assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
			.endsWith("/t/" + this.scenario.firstToken + "?lang=en&done=saved#updates"));
		assertThat(this.consents.current(this.shop, EMAIL, Channel.EMAIL, Topic.TRANSACTIONAL))
			.hasValueSatisfying(record -> assertThat(record)
				.extracting(ConsentRecord::granted, ConsentRecord::source, ConsentRecord::proof)
				.containsExactly(false, "tracking-page", "order " + this.scenario.orderNumber));
		String after = page("?lang=en&done=saved");
		assertThat(after).contains("Your choices have been saved.")
			.containsPattern("<input type=\"checkbox\" id=\"pref-email\" name=\"email\" value=\"on\">");

		this.scenario.api.post("/api/v1/shipments/" + this.scenario.firstShipmentId + "/events", Fixtures
			.events(List.of(Fixtures.event(Instant.now().minusSeconds(60).toString(), "OUT_FOR_DELIVERY", null))));
		Awaitility.await().until(() -> email(Trigger.OUT_FOR_DELIVERY) != null);
		sendDue();

		assertThat(email(Trigger.OUT_FOR_DELIVERY).status()).isEqualTo(MessageStatus.NO_CONSENT);
	}

	@Test
	void smsIsOnOnlyAfterTheCodeFromTheTextMessageIsTypedIn() {
		HttpResponse<byte[]> requested = post("/sms-code", "action", "send", "phone", "");
		assertThat(requested.statusCode()).isEqualTo(303);
		assertThat(requested.headers().firstValue("Location").orElseThrow()).contains("done=code-sent");
		assertThat(this.consents.allows(this.shop, ORDER_PHONE, Channel.SMS, Topic.TRANSACTIONAL)).isFalse();

		Message sms = codeMessage();
		assertThat(sms.recipient()).isEqualTo(ORDER_PHONE);
		assertThat(sms.status()).isEqualTo(MessageStatus.SENT);
		assertThat(sms.bodyText())
			.startsWith("Nordwind Outfitters: your code for updates on order " + this.scenario.orderNumber + " is ");
		String code = code(sms);
		String waiting = page("?lang=en&done=code-sent");
		assertThat(waiting).contains("We have sent you a code by text message.")
			.contains("We have sent a 6-digit code to +49 ••• 67")
			.contains("autocomplete=\"one-time-code\"");

		HttpResponse<byte[]> wrong = post("/sms-code", "action", "confirm", "code", wrongCode(code));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(text(wrong)).contains("This code is not correct. You have 4 more tries.")
			.contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"sms-code-hint sms-code-error\"");
		assertThat(this.consents.allows(this.shop, ORDER_PHONE, Channel.SMS, Topic.TRANSACTIONAL)).isFalse();

		HttpResponse<byte[]> right = post("/sms-code", "action", "confirm", "code", code);
		assertThat(right.statusCode()).isEqualTo(303);
		assertThat(right.headers().firstValue("Location").orElseThrow()).contains("done=sms-on");
		ConsentRecord consent = this.consents.current(this.shop, ORDER_PHONE, Channel.SMS, Topic.TRANSACTIONAL)
			.orElseThrow();
		assertThat(consent.granted()).isTrue();
		assertThat(consent.source()).isEqualTo("tracking-page");
		assertThat(consent.proof()).matches("code:[0-9a-f]{64} order " + Pattern.quote(this.scenario.orderNumber))
			.doesNotContain(code);
		assertThat(page("?lang=en&done=sms-on")).contains("SMS updates are on")
			.containsPattern("id=\"pref-sms\" name=\"sms\" value=\"on\" checked");
		// The same code does not work twice.
		assertThat(post("/sms-code", "action", "confirm", "code", code).statusCode()).isEqualTo(400);

		// Unticking SMS in the form switches it off again.
		assertThat(post("/preferences", "action", "save", "email", "on", "smsShown", "1").statusCode()).isEqualTo(303);
		assertThat(this.consents.allows(this.shop, ORDER_PHONE, Channel.SMS, Topic.TRANSACTIONAL)).isFalse();
	}

	@Test
	void anotherNumberGetsTheCodeAndKeepsItsConsent() {
		assertThat(post("/sms-code", "action", "send", "phone", "0049 (170) 555-0123").statusCode()).isEqualTo(303);
		Message sms = codeMessage();
		assertThat(sms.recipient()).isEqualTo("+491705550123");

		assertThat(post("/sms-code", "action", "confirm", "code", code(sms)).statusCode()).isEqualTo(303);

		assertThat(this.consents.allows(this.shop, "+49 170 5550123", Channel.SMS, Topic.TRANSACTIONAL)).isTrue();
		assertThat(this.consents.allows(this.shop, ORDER_PHONE, Channel.SMS, Topic.TRANSACTIONAL)).isFalse();
		assertThat(page("?lang=en")).contains("On, to +49 ••• 23");
		// Later text messages about the order go to the confirmed number.
		this.scenario.api.post("/api/v1/shipments/" + this.scenario.firstShipmentId + "/events", Fixtures
			.events(List.of(Fixtures.event(Instant.now().minusSeconds(60).toString(), "OUT_FOR_DELIVERY", null))));
		Awaitility.await()
			.until(() -> messages().stream()
				.anyMatch(
						message -> message.trigger() == Trigger.OUT_FOR_DELIVERY && message.channel() == Channel.SMS));
		assertThat(messages().stream()
			.filter(message -> message.trigger() == Trigger.OUT_FOR_DELIVERY && message.channel() == Channel.SMS)
			.findFirst()
			.orElseThrow()
			.recipient()).isEqualTo("+491705550123");
	}

	@Test
	void anExpiredCodeIsRejected() {
		post("/sms-code", "action", "send", "phone", "+49 170 5550123");
		String code = code(codeMessage());
		this.jdbc
			.sql("UPDATE notification_optin_code SET expires_at = now() - interval '1 second' WHERE order_id = :order")
			.param("order", UUID.fromString(this.scenario.orderId))
			.update();

		HttpResponse<byte[]> late = post("/sms-code", "action", "confirm", "code", code);

		assertThat(late.statusCode()).isEqualTo(400);
		assertThat(text(late)).contains("This code has expired. Please request a new one.");
		assertThat(this.consents.allows(this.shop, "+491705550123", Channel.SMS, Topic.TRANSACTIONAL)).isFalse();
	}

	@Test
	void fiveWrongTriesUseUpTheCode() {
		post("/sms-code", "action", "send", "phone", "");
		String code = code(codeMessage());
		String wrong = wrongCode(code);
		for (int left = 4; left >= 1; left--) {
			assertThat(text(post("/sms-code", "action", "confirm", "code", wrong)))
				.contains(left == 1 ? "You have one more try." : "You have " + left + " more tries.");
		}

		assertThat(text(post("/sms-code", "action", "confirm", "code", wrong)))
			.contains("This code has been entered wrongly too often.");
		HttpResponse<byte[]> right = post("/sms-code", "action", "confirm", "code", code);

		assertThat(right.statusCode()).isEqualTo(400);
		assertThat(text(right)).contains("This code has been entered wrongly too often.");
		assertThat(this.consents.allows(this.shop, ORDER_PHONE, Channel.SMS, Topic.TRANSACTIONAL)).isFalse();
		// A new code starts over.
		assertThat(post("/sms-code", "action", "new").statusCode()).isEqualTo(303);
		post("/sms-code", "action", "send", "phone", "");
		assertThat(post("/sms-code", "action", "confirm", "code", code(codeMessage())).statusCode()).isEqualTo(303);
		assertThat(this.consents.allows(this.shop, ORDER_PHONE, Channel.SMS, Topic.TRANSACTIONAL)).isTrue();
	}

	@Test
	void aPublicPageIsNoFreeSmsGatewayAtMostFiveCodesPerHour() {
		for (int i = 0; i < 5; i++) {
			assertThat(post("/sms-code", "action", "send", "phone", "").statusCode()).isEqualTo(303);
		}

		HttpResponse<byte[]> sixth = post("/sms-code", "action", "send", "phone", "+49 170 5550123");

		assertThat(sixth.statusCode()).isEqualTo(400);
		assertThat(text(sixth)).contains("We have sent too many codes to this order. Please try again in 60 minutes.");
		assertThat(codeMessages()).hasSize(5);
	}

	@Test
	void aNumberWithoutCountryCodeAndAGarbledCodeAreExplainedNextToTheirFields() {
		HttpResponse<byte[]> national = post("/sms-code", "action", "send", "phone", "0170 5550123");
		assertThat(national.statusCode()).isEqualTo(400);
		assertThat(text(national)).contains("id=\"sms-phone-error\">Please enter a mobile number with country code")
			.contains("value=\"0170 5550123\"")
			.contains("aria-invalid=\"true\"");
		assertThat(codeMessages()).isEmpty();

		HttpResponse<byte[]> whatsapp = post("/preferences", "action", "save", "email", "on", "whatsapp", "on",
				"whatsappPhone", "12");
		assertThat(whatsapp.statusCode()).isEqualTo(400);
		assertThat(text(whatsapp)).contains("id=\"pref-whatsapp-phone-error\">Please enter a mobile number");

		HttpResponse<byte[]> letters = post("/sms-code", "action", "confirm", "code", "abc");
		assertThat(letters.statusCode()).isEqualTo(400);
		assertThat(text(letters)).contains("Please enter the 6 digits from the text message.");
	}

	@Test
	void whatsAppAndMarketingNeedATickAndAreRecordedWithTheNumber() {
		HttpResponse<byte[]> saved = post("/preferences", "action", "save", "email", "on", "whatsapp", "on",
				"whatsappPhone", "+49 151 2345678", "marketing", "on");

		assertThat(saved.statusCode()).isEqualTo(303);
		ConsentRecord whatsapp = this.consents
			.current(this.shop, "+491512345678", Channel.WHATSAPP, Topic.TRANSACTIONAL)
			.orElseThrow();
		assertThat(whatsapp.granted()).isTrue();
		assertThat(whatsapp.source()).isEqualTo("tracking-page");
		assertThat(this.consents.current(this.shop, EMAIL, Channel.EMAIL, Topic.MARKETING).orElseThrow().granted())
			.isTrue();
		assertThat(this.consents.allows(this.shop, EMAIL, Channel.EMAIL, Topic.TRANSACTIONAL)).isTrue();
		assertThat(page("?lang=en")).contains("On, to +49 ••• 78")
			.containsPattern("id=\"pref-marketing\" name=\"marketing\" value=\"on\" checked");

		// Unticking withdraws both.
		assertThat(post("/preferences", "action", "save", "email", "on").statusCode()).isEqualTo(303);
		assertThat(this.consents.allows(this.shop, "+491512345678", Channel.WHATSAPP, Topic.TRANSACTIONAL)).isFalse();
		assertThat(this.consents.allows(this.shop, EMAIL, Channel.EMAIL, Topic.MARKETING)).isFalse();
	}

	@Test
	void stopAllWithdrawsEveryChannelOfTheOrder() {
		post("/preferences", "action", "save", "email", "on", "whatsapp", "on", "whatsappPhone", "+49 151 2345678",
				"marketing", "on");
		post("/sms-code", "action", "send", "phone", "");
		post("/sms-code", "action", "confirm", "code", code(codeMessage()));
		assertThat(this.consents.allows(this.shop, ORDER_PHONE, Channel.SMS, Topic.TRANSACTIONAL)).isTrue();

		HttpResponse<byte[]> stopped = post("/preferences", "action", "stop");

		assertThat(stopped.statusCode()).isEqualTo(303);
		assertThat(stopped.headers().firstValue("Location").orElseThrow()).contains("done=stopped");
		assertThat(this.consents.allows(this.shop, EMAIL, Channel.EMAIL, Topic.TRANSACTIONAL)).isFalse();
		assertThat(this.consents.allows(this.shop, EMAIL, Channel.EMAIL, Topic.MARKETING)).isFalse();
		assertThat(this.consents.allows(this.shop, ORDER_PHONE, Channel.SMS, Topic.TRANSACTIONAL)).isFalse();
		assertThat(this.consents.allows(this.shop, "+491512345678", Channel.WHATSAPP, Topic.TRANSACTIONAL)).isFalse();
		assertThat(this.consents.history(this.shop, Channel.EMAIL, EMAIL)).last()
			.extracting(ConsentRecord::proof)
			.isEqualTo("order " + this.scenario.orderNumber + " stop-all");
		assertThat(page("?lang=de&done=stopped")).contains("Sie erhalten keine Nachrichten mehr zu dieser Bestellung.");
	}

	@Test
	void anUnknownTokenChangesNothing() {
		HttpResponse<byte[]> response = this.scenario.post("/t/unknown-token/preferences", Map.of("action", "stop"));

		assertThat(response.statusCode()).isEqualTo(404);
	}

	private String page(String query) {
		HttpResponse<byte[]> response = this.scenario.get("/t/" + this.scenario.firstToken + query);
		assertThat(response.statusCode()).isEqualTo(200);
		return text(response);
	}

	private HttpResponse<byte[]> post(String path, String... fields) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("lang", "en");
		for (int i = 0; i < fields.length; i += 2) {
			form.put(fields[i], fields[i + 1]);
		}
		return this.scenario.post("/t/" + this.scenario.firstToken + path, form);
	}

	private List<Message> messages() {
		return this.notifications.messages(this.shop, new OrderId(UUID.fromString(this.scenario.orderId)), null, 100,
				0);
	}

	private List<Message> codeMessages() {
		return messages().stream().filter(message -> message.trigger() == Trigger.OPT_IN_CODE).toList();
	}

	/** The newest code message, as the dev mailbox shows it. */
	private Message codeMessage() {
		return codeMessages().getFirst();
	}

	private static String code(Message message) {
		Matcher matcher = CODE.matcher(message.bodyText());
		assertThat(matcher.find()).as("a code in %s", message.bodyText()).isTrue();
		return matcher.group(1);
	}

	private static String wrongCode(String code) {
		return (code.charAt(0) == '9' ? "1" : "9") + code.substring(1);
	}

	private Message email(Trigger trigger) {
		return messages().stream()
			.filter(message -> message.trigger() == trigger && message.channel() == Channel.EMAIL)
			.findFirst()
			.orElse(null);
	}

	private void sendDue() {
		this.jdbc.sql("""
				UPDATE notification_message SET due_at = now() - interval '1 second'
				WHERE order_id = :order AND status = 'SCHEDULED'
				""").param("order", UUID.fromString(this.scenario.orderId)).update();
		while (this.dispatcher.dispatchDue() > 0) {
			// until nothing is due
		}
	}

}
