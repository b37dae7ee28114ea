package dev.doorstep.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.notification.internal.Planner;
import dev.doorstep.order.OrderId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DevSmtp;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import dev.doorstep.support.Zones;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From an order or carrier event to a message: planned by the shop's journeys, checked,
 * rendered and sent over real SMTP (GreenMail), or to the dev mailbox where no provider
 * is configured.
 */
@DoorstepIntegrationTest
class NotificationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Planner planner;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	Notifications notifications;

	@Autowired
	Consents consents;

	@Autowired
	Receipts receipts;

	@Autowired
	JdbcClient jdbc;

	TestShops.TestShop shop;

	ApiClient api;

	String email;

	@BeforeEach
	void shop() {
		this.shop = this.shops.create("Notify");
		this.api = new ApiClient(this.port, this.shop.apiKey());
		this.email = "shopper-" + UUID.randomUUID() + "@example.com";
	}

	@Test
	void aNewOrderIsConfirmedByEmailWithTextHtmlAndOneClickUnsubscribe() throws Exception {
		String order = order("N-1", this.email);

		List<Message> planned = awaitMessages(order, 1);
		sendDue();

		Message message = this.notifications.message(this.shop.shop().id(), planned.getFirst().id()).orElseThrow();
		assertThat(message.trigger()).isEqualTo(Trigger.ORDER_CONFIRMED);
		assertThat(message.status()).isEqualTo(MessageStatus.SENT);
		assertThat(message.provider()).isEqualTo("smtp");
		MimeMessage mail = mailTo(this.email);
		assertThat(mail.getSubject()).isEqualTo("Vielen Dank für Ihre Bestellung N-1");
		assertThat(mail.getFrom()[0].toString()).contains("Notify");
		assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
		assertThat(unsubscribe).startsWith("<http").contains("/n/u/");
		MimeMultipart body = (MimeMultipart) mail.getContent();
		String all = GreenMailUtil.getBody(mail);
		assertThat(all).contains("text/plain").contains("text/html");
		assertThat(body.getCount()).isGreaterThanOrEqualTo(1);
		assertThat(message.bodyHtml()).contains("Vielen Dank für Ihre Bestellung!").contains("Anna");
		assertThat(message.bodyText()).contains("Hallo Anna,").doesNotContain("<");
		assertThat(this.notifications.history(this.shop.shop().id(), message.id())).extracting(Message.Event::status)
			.containsSubsequence(MessageStatus.SCHEDULED, MessageStatus.SENT);
	}

	@Test
	void theSameTriggerTwiceGivesOneMessage() {
		String order = order("N-2", this.email);
		awaitMessages(order, 1);

		int again = this.planner.plan(this.shop.shop().id(), Trigger.ORDER_CONFIRMED,
				new OrderId(UUID.fromString(order)), null);

		assertThat(again).isZero();
		assertThat(messages(order)).hasSize(1);
	}

	@Test
	void parcelsOfOneOrderDeliveredWithinTheWindowGoOutAsOneDigest() {
		String order = order("N-3", this.email);
		String first = parcel(order, "DIG1" + System.nanoTime());
		String second = parcel(order, "DIG2" + System.nanoTime());
		deliver(first);
		deliver(second);
		Awaitility.await()
			.until(() -> messages(order).stream().filter(m -> m.trigger() == Trigger.DELIVERED).count() == 2);
		makeDue(order);

		sendDue();

		List<Message> delivered = messages(order).stream().filter(m -> m.trigger() == Trigger.DELIVERED).toList();
		assertThat(delivered).extracting(Message::status)
			.containsExactlyInAnyOrder(MessageStatus.SENT, MessageStatus.MERGED);
		Message digest = delivered.stream().filter(m -> m.status() == MessageStatus.SENT).findFirst().orElseThrow();
		assertThat(digest.bodyText()).contains("2 Pakete Ihrer Bestellung N-3 wurden zugestellt");
	}

	@Test
	void smsNeedsAnOptInAndWaitsForTheEndOfQuietHours() {
		String phone = "+49 170 " + (1000000 + (int) (Math.random() * 8999999));
		String order = orderWithPhone("N-4", this.email, phone);
		String parcel = parcel(order, "SMS" + System.nanoTime());
		status(parcel, "OUT_FOR_DELIVERY");
		Awaitility.await().until(() -> sms(order) != null);
		makeDue(order);
		sendDue();
		assertThat(sms(order).status()).isEqualTo(MessageStatus.NO_CONSENT);

		// A second parcel after the shopper opted in on the tracking page.
		this.consents.grant(this.shop.shop().id(), phone, Channel.SMS, Topic.TRANSACTIONAL, "tracking-page",
				"order N-4");
		String next = parcel(order, "SMS2" + System.nanoTime());
		status(next, "OUT_FOR_DELIVERY");
		Awaitility.await().until(() -> messages(order).stream().filter(m -> m.channel() == Channel.SMS).count() == 2);
		String night = Zones.night();
		this.jdbc.sql("UPDATE notification_message SET recipient_zone = :zone WHERE order_id = :order")
			.param("zone", night)
			.param("order", UUID.fromString(order))
			.update();
		makeDue(order);
		sendDue();

		Message held = messages(order).stream()
			.filter(m -> m.channel() == Channel.SMS && m.status() == MessageStatus.SCHEDULED)
			.findFirst()
			.orElseThrow();
		ZonedDateTime release = held.dueAt().atZone(ZoneId.of(night));
		assertThat(release.getHour()).isEqualTo(8);
		assertThat(release.getMinute()).isZero();
		assertThat(held.dueAt()).isAfter(Instant.now());

		this.jdbc.sql("UPDATE notification_message SET recipient_zone = 'UTC', due_at = now() WHERE id = :id")
			.param("id", held.id())
			.update();
		String day = Zones.daytime();
		this.jdbc.sql("UPDATE notification_message SET recipient_zone = :zone WHERE id = :id")
			.param("zone", day)
			.param("id", held.id())
			.update();
		sendDue();
		Message sent = this.notifications.message(this.shop.shop().id(), held.id()).orElseThrow();
		assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
		assertThat(sent.provider()).isEqualTo("devmail");
		assertThat(sent.bodyText()).contains("Ihr Paket kommt heute").contains("/t/");
	}

	@Test
	void unsubscribingStopsFurtherEmailAndIsRecordedInTheLedger() throws Exception {
		String order = order("N-5", this.email);
		awaitMessages(order, 1);
		sendDue();
		String link = mailTo(this.email).getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
		String path = link.substring(link.indexOf("/n/u/"));

		ApiClient.Response page = this.api.get(path);
		ApiClient.Response done = this.api.postRaw(path, "List-Unsubscribe=One-Click".getBytes(),
				Map.of("Content-Type", "application/x-www-form-urlencoded"));
		ApiClient.Response forged = this.api.get(path.substring(0, path.length() - 2) + "xx");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<form method=\"post\"");
		assertThat(done.status()).isEqualTo(200);
		assertThat(forged.status()).isEqualTo(404);
		assertThat(this.consents.history(this.shop.shop().id(), Channel.EMAIL, this.email))
			.extracting(ConsentRecord::granted, ConsentRecord::source)
			.contains(org.assertj.core.groups.Tuple.tuple(false, "unsubscribe-link"));
		assertThat(outForDeliveryEmail(order, "UNS")).isEqualTo(MessageStatus.NO_CONSENT);
	}

	@Test
	void aHardBounceSuppressesTheAddress() {
		String order = order("N-6", this.email);
		Message confirmation = awaitMessages(order, 1).getFirst();
		sendDue();
		Message sent = this.notifications.message(this.shop.shop().id(), confirmation.id()).orElseThrow();

		assertThat(this.receipts.record("smtp", sent.providerId(), MessageStatus.DELIVERED, null)).isTrue();
		assertThat(this.receipts.record("smtp", sent.providerId(), MessageStatus.BOUNCED, "550 no such user")).isTrue();

		assertThat(this.consents.suppressed(this.shop.shop().id(), Channel.EMAIL, this.email)).isTrue();
		assertThat(outForDeliveryEmail(order, "BNC")).isEqualTo(MessageStatus.SUPPRESSED);
	}

	@Autowired
	Journeys journeys;

	@Test
	void anEmailNobodyOpensIsFollowedBySmsAndAnOpenedOneIsNot() {
		Journey outForDelivery = this.journeys.list(this.shop.shop().id())
			.stream()
			.filter(journey -> journey.trigger() == Trigger.OUT_FOR_DELIVERY)
			.findFirst()
			.orElseThrow();
		this.journeys.replaceSteps(this.shop.shop().id(), outForDelivery.id(),
				List.of(new JourneyStep.Send(Channel.EMAIL,
						new JourneyStep.Fallback(Channel.SMS, java.time.Duration.ofHours(24)))));
		String phone = "+4917012" + (10000 + (int) (Math.random() * 89999));
		this.consents.grant(this.shop.shop().id(), phone, Channel.SMS, Topic.TRANSACTIONAL, "api", null);
		String order = orderWithPhone("N-7", this.email, phone);
		String opened = parcel(order, "FB1" + System.nanoTime());
		String ignored = parcel(order, "FB2" + System.nanoTime());
		status(opened, "OUT_FOR_DELIVERY");
		status(ignored, "OUT_FOR_DELIVERY");
		Awaitility.await()
			.until(() -> messages(order).stream().filter(m -> m.trigger() == Trigger.OUT_FOR_DELIVERY).count() == 4);
		List<Message> planned = messages(order).stream().filter(m -> m.trigger() == Trigger.OUT_FOR_DELIVERY).toList();
		assertThat(planned.stream().filter(m -> m.channel() == Channel.SMS))
			.allSatisfy(sms -> assertThat(sms.dueAt()).isAfter(Instant.now().plus(java.time.Duration.ofHours(23))));

		sendDue();
		Message openedEmail = planned.stream()
			.filter(m -> m.channel() == Channel.EMAIL && m.shipmentId().value().toString().equals(opened))
			.findFirst()
			.orElseThrow();
		String providerId = this.notifications.message(this.shop.shop().id(), openedEmail.id())
			.orElseThrow()
			.providerId();
		this.receipts.record("smtp", providerId, MessageStatus.OPENED, null);
		// A day later (in the recipient's daytime, so quiet hours do not hold the SMS).
		this.jdbc
			.sql("UPDATE notification_message SET due_at = now() - interval '1 second', recipient_zone = :zone "
					+ "WHERE order_id = :order AND status = 'SCHEDULED'")
			.param("zone", Zones.daytime())
			.param("order", UUID.fromString(order))
			.update();
		sendDue();

		Map<String, MessageStatus> sms = new java.util.HashMap<>();
		messages(order).stream()
			.filter(m -> m.channel() == Channel.SMS)
			.forEach(m -> sms.put(m.shipmentId().value().toString(), m.status()));
		assertThat(sms).containsEntry(opened, MessageStatus.SKIPPED).containsEntry(ignored, MessageStatus.SENT);
	}

	@Autowired
	Settings settings;

	@Test
	void opensAndClicksAreRecordedWhenTheShopTurnsThemOn() throws Exception {
		this.settings.save(this.shop.shop().id(), new NotificationSettings(true, true, true));
		String order = order("N-8", this.email);
		String parcel = parcel(order, "ENG" + System.nanoTime());
		status(parcel, "OUT_FOR_DELIVERY");
		Awaitility.await().until(() -> messages(order).stream().anyMatch(m -> m.trigger() == Trigger.OUT_FOR_DELIVERY));
		makeDue(order);
		sendDue();
		Message sent = messages(order).stream()
			.filter(m -> m.trigger() == Trigger.OUT_FOR_DELIVERY && m.channel() == Channel.EMAIL)
			.findFirst()
			.orElseThrow();
		java.util.regex.Matcher pixel = java.util.regex.Pattern.compile("src=\"[^\"]*(/n/o/[^\"]+\\.gif)\"")
			.matcher(sent.bodyHtml());
		java.util.regex.Matcher click = java.util.regex.Pattern.compile("href=\"[^\"]*(/n/c/[^\"]+)\"")
			.matcher(sent.bodyHtml());
		assertThat(pixel.find()).isTrue();
		assertThat(click.find()).isTrue();

		ApiClient.Response image = this.api.get(org.springframework.web.util.HtmlUtils.htmlUnescape(pixel.group(1)));
		assertThat(image.status()).isEqualTo(200);
		assertThat(image.contentType()).isEqualTo("image/gif");
		assertThat(this.notifications.message(this.shop.shop().id(), sent.id()).orElseThrow().status())
			.isEqualTo(MessageStatus.OPENED);
		String clickPath = org.springframework.web.util.HtmlUtils.htmlUnescape(click.group(1));
		java.net.http.HttpResponse<Void> redirect = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(this.api.base() + clickPath)).build(),
					java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location").orElseThrow()).contains("/t/");
		assertThat(this.notifications.message(this.shop.shop().id(), sent.id()).orElseThrow().status())
			.isEqualTo(MessageStatus.CLICKED);
		String forged = clickPath.replaceAll("u=[^&]+", "u=https%3A%2F%2Fevil.example");
		assertThat(this.api.get(forged).status()).isEqualTo(404);
	}

	@Test
	void reviewRequestsAreMarketingAndWaitForAnOptInWhereTheShopAsks() {
		Journey review = this.journeys.list(this.shop.shop().id())
			.stream()
			.filter(journey -> journey.trigger() == Trigger.REVIEW_REQUEST)
			.findFirst()
			.orElseThrow();
		this.journeys.setEnabled(this.shop.shop().id(), review.id(), true);
		String order = order("N-9", this.email);
		String other = "other-" + UUID.randomUUID() + "@example.com";
		String consented = order("N-10", other);
		this.consents.grant(this.shop.shop().id(), other, Channel.EMAIL, Topic.MARKETING, "checkout", "order N-10");
		for (String id : List.of(order, consented)) {
			this.planner.plan(this.shop.shop().id(), Trigger.REVIEW_REQUEST, new OrderId(UUID.fromString(id)), null);
			makeDue(id);
		}
		sendDue();

		assertThat(reviewStatus(order)).isEqualTo(MessageStatus.NO_CONSENT);
		assertThat(reviewStatus(consented)).isEqualTo(MessageStatus.SENT);
	}

	@Test
	void anExperimentSendsItsVariantTextAndHoldsOutItsShare() {
		Journey confirmed = this.journeys.list(this.shop.shop().id())
			.stream()
			.filter(journey -> journey.trigger() == Trigger.ORDER_CONFIRMED)
			.findFirst()
			.orElseThrow();
		JourneyStep.Experiment experiment = new JourneyStep.Experiment(List
			.of(new JourneyStep.Variant("warm", 1, "Danke, {{customer.firstName}}! Bestellung {{order.number}}", null)),
				0.5);
		this.journeys.replaceSteps(this.shop.shop().id(), confirmed.id(),
				List.of(new JourneyStep.Send(Channel.EMAIL, null, experiment)));
		List<String> orders = new java.util.ArrayList<>();
		for (int i = 0; i < 16; i++) {
			orders.add(order("X-" + i, "x" + i + "-" + UUID.randomUUID() + "@example.com"));
		}
		Awaitility.await().until(() -> orders.stream().allMatch(id -> !messages(id).isEmpty()));
		sendDue();

		List<Message> all = orders.stream().flatMap(id -> messages(id).stream()).toList();
		assertThat(all).extracting(Message::variant).containsOnly("warm", "holdout");
		assertThat(all).filteredOn(m -> "holdout".equals(m.variant()))
			.isNotEmpty()
			.allSatisfy(m -> assertThat(m.status()).isEqualTo(MessageStatus.SKIPPED));
		assertThat(all).filteredOn(m -> "warm".equals(m.variant()))
			.isNotEmpty()
			.allSatisfy(m -> assertThat(m.subject()).startsWith("Danke, Anna! Bestellung X-"));
	}

	private MessageStatus reviewStatus(String order) {
		return messages(order).stream()
			.filter(m -> m.trigger() == Trigger.REVIEW_REQUEST)
			.findFirst()
			.orElseThrow()
			.status();
	}

	private String order(String number, String email) {
		return orderWithPhone(number, email, null);
	}

	private String orderWithPhone(String number, String email, String phone) {
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), number);
		order.put("placedAt", Instant.now().toString());
		Map<String, Object> customer = new java.util.HashMap<>(
				Map.of("email", email, "firstName", "Anna", "lastName", "Schmidt"));
		if (phone != null) {
			customer.put("phone", phone);
		}
		order.put("customer", customer);
		return this.api.post("/api/v1/orders", order).text("/id");
	}

	/**
	 * A new parcel of the order goes out for delivery: what became of the email about it.
	 */
	private MessageStatus outForDeliveryEmail(String order, String parcelPrefix) {
		String parcel = parcel(order, parcelPrefix + System.nanoTime());
		status(parcel, "OUT_FOR_DELIVERY");
		Awaitility.await().until(() -> messages(order).stream().anyMatch(m -> m.trigger() == Trigger.OUT_FOR_DELIVERY));
		makeDue(order);
		sendDue();
		return messages(order).stream()
			.filter(m -> m.trigger() == Trigger.OUT_FOR_DELIVERY && m.channel() == Channel.EMAIL)
			.findFirst()
			.orElseThrow()
			.status();
	}

	private String parcel(String order, String number) {
		Map<String, Object> shipment = Fixtures.shipment("dhl", number);
		shipment.put("items", List.of(Map.of("sku", "JKT-1", "quantity", 1)));
		return this.api.post("/api/v1/orders/" + order + "/shipments", shipment).text("/id");
	}

	private void deliver(String shipment) {
		status(shipment, "DELIVERED");
	}

	private void status(String shipment, String status) {
		this.api.post("/api/v1/shipments/" + shipment + "/events",
				Fixtures.events(List.of(Fixtures.event(Instant.now().minusSeconds(60).toString(), status, null))));
	}

	private List<Message> messages(String order) {
		return this.notifications.messages(this.shop.shop().id(), new OrderId(UUID.fromString(order)), null, 100, 0);
	}

	private List<Message> awaitMessages(String order, int count) {
		Awaitility.await().until(() -> messages(order).size() >= count);
		return messages(order);
	}

	private Message sms(String order) {
		return messages(order).stream().filter(m -> m.channel() == Channel.SMS).findFirst().orElse(null);
	}

	private void makeDue(String order) {
		this.jdbc.sql("""
				UPDATE notification_message SET due_at = now() - interval '1 second'
				WHERE order_id = :order AND status = 'SCHEDULED'
				""").param("order", UUID.fromString(order)).update();
	}

	private void sendDue() {
		while (this.dispatcher.dispatchDue() > 0) {
			// until nothing is due
		}
	}

	private MimeMessage mailTo(String address) throws Exception {
		Awaitility.await().until(() -> find(address) != null);
		return find(address);
	}

	private static MimeMessage find(String address) throws Exception {
		for (MimeMessage message : DevSmtp.server().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
				return message;
			}
		}
		return null;
	}

}
