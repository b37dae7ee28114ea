package dev.doorstep.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.doorstep.notification.channel.ChannelScenario;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DevSmtp;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Returns, refunds, review requests, claims and predicted delays from the merchant's own
 * tools: {@code POST /api/v1/notifications/events} plans the message, the dispatcher
 * sends it over real SMTP (GreenMail) with the event's facts in the text, once per
 * reference.
 */
@DoorstepIntegrationTest
class ShopperEventsIntegrationTests {

	private static final String EVENTS = "/api/v1/notifications/events";

	/**
	 * A new window three days after the parcel's promised date, so the prediction is news
	 * on any date.
	 */
	private static final LocalDate WINDOW_FROM = Fixtures.promisedDeliveryDate().plusDays(3);

	private static final LocalDate WINDOW_TO = WINDOW_FROM.plusDays(1);

	/**
	 * A full date as a German reader expects it, e.g. "Donnerstag, 26. November 2026".
	 */
	private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy",
			Locale.GERMAN);

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	Notifications notifications;

	@Autowired
	Journeys journeys;

	@Autowired
	Consents consents;

	@Autowired
	ShopperEvents events;

	@Autowired
	NotificationTemplates templates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Settings settings;

	/** A shop with an order (German shopper) and one parcel of it. */
	ChannelScenario scenario;

	String reference;

	@BeforeEach
	void scenario() {
		this.scenario = new ChannelScenario(this.port, this.shops, "Events", this.dispatcher, this.notifications,
				this.journeys, this.jdbc);
		this.reference = "RMA-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static Stream<Arguments> everyType() {
		return Stream.of(
				Arguments.of("return.approved", Trigger.RETURN_APPROVED,
						Map.of("returnLabelUrl", "https://returns.example.com/label/{ref}.pdf"),
						List.of("Ihre Retoure {ref} zur Bestellung", "Ihr Retourenschein ist fertig",
								"Retourenschein herunterladen: https://returns.example.com/label/{ref}.pdf")),
				Arguments.of("return.label_ready", Trigger.RETURN_LABEL_READY,
						Map.of("returnLabelUrl", "https://returns.example.com/label/{ref}.pdf"),
						List.of("Der Retourenschein für Ihre Retoure {ref} zur Bestellung",
								"Retourenschein herunterladen: https://returns.example.com/label/{ref}.pdf")),
				Arguments.of("return.requested", Trigger.RETURN_REQUESTED,
						Map.of("returnUrl", "https://returns.example.com/{ref}"),
						List.of("Ihre Retourenanfrage {ref} zur Bestellung", "bitte senden Sie nichts zurück",
								"Zur Retoure: https://returns.example.com/{ref}")),
				Arguments.of("return.rejected", Trigger.RETURN_REJECTED,
						Map.of("reason", "Nach 60 Tagen", "returnUrl", "https://returns.example.com/{ref}"),
						List.of("konnte nicht genehmigt werden. Der Grund: Nach 60 Tagen.",
								"Zur Retoure: https://returns.example.com/{ref}")),
				Arguments.of("return.received", Trigger.RETURN_RECEIVED,
						Map.of("returnUrl", "https://returns.example.com/{ref}"),
						List.of("Ihre Retoure {ref} zur Bestellung", "ist bei uns angekommen",
								"Zur Retoure: https://returns.example.com/{ref}")),
				Arguments.of("refund.issued", Trigger.REFUND_ISSUED,
						Map.of("refundAmount", "1234.5", "currency", "EUR"),
						List.of("Wir haben die Erstattung über 1.234,50 € für Ihre Bestellung")),
				Arguments.of("review.requested", Trigger.REVIEW_REQUEST,
						Map.of("reviewUrl", "https://reviews.example.com/write/{ref}"),
						List.of("Wie gefällt es Ihnen?",
								"Bewertung schreiben: https://reviews.example.com/write/{ref}")),
				Arguments.of("claim.updated", Trigger.CLAIM_UPDATED,
						Map.of("claimStatus", "info_needed", "claimUrl", "https://claims.example.com/{ref}"),
						List.of("Es gibt Neuigkeiten zu Ihrer Reklamation {ref} zur Bestellung",
								"Damit wir weitermachen können, brauchen wir noch Angaben von Ihnen.",
								"Zur Reklamation: https://claims.example.com/{ref}")),
				Arguments.of("delivery.delay_predicted", Trigger.DELAY_PREDICTED,
						Map.of("deliveryWindow", WINDOW_FROM + "/" + WINDOW_TO),
						List.of("Neuer voraussichtlicher Liefertermin: " + GERMAN_DAY.format(WINDOW_FROM) + " – "
								+ GERMAN_DAY.format(WINDOW_TO) + ".")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyType")
	void anEventIsPlannedSentAndShowsItsFacts(String type, Trigger trigger, Map<String, String> data,
			List<String> expected) throws Exception {
		if (trigger == Trigger.REVIEW_REQUEST) {
			// Off by default, and marketing: the shopper agreed at checkout.
			enableReviews();
			this.consents.grant(this.scenario.shopId(), "anna.schmidt@example.com", Channel.EMAIL, Topic.MARKETING,
					"checkout", "order");
		}

		ApiClient.Response response = post(event(type, this.reference, with(data)));

		assertThat(response.status()).as(response.body()).isEqualTo(202);
		assertThat(response.text("/status")).isEqualTo("planned");
		assertThat(response.json().at("/messageIds").size()).isEqualTo(1);
		UUID id = UUID.fromString(response.text("/messageIds/0"));
		Message planned = this.notifications.message(this.scenario.shopId(), id).orElseThrow();
		assertThat(planned.trigger()).isEqualTo(trigger);
		assertThat(planned.reference()).isEqualTo(this.reference);
		assertThat(planned.status()).isEqualTo(MessageStatus.SCHEDULED);
		// The merchant's tool chose the moment: the default journeys send at once.
		assertThat(planned.dueAt()).isBefore(Instant.now().plusSeconds(60));

		this.scenario.sendDue();

		Message sent = this.notifications.message(this.scenario.shopId(), id).orElseThrow();
		assertThat(sent.status()).as(sent.lastError()).isEqualTo(MessageStatus.SENT);
		assertThat(sent.provider()).isEqualTo("smtp");
		MimeMessage mail = mail(sent.providerId());
		String text = readable(part(mail, "text/plain"));
		String html = readable(part(mail, "text/html"));
		for (String line : expected) {
			String wanted = line.replace("{ref}", this.reference);
			assertThat(text).contains(wanted);
			// The HTML shows the same facts; a link is the button's target.
			String[] labelAndUrl = wanted.split(": (?=https://)");
			assertThat(html).contains(labelAndUrl[0]);
			if (labelAndUrl.length == 2) {
				assertThat(html).contains("href=\"" + labelAndUrl[1] + "\"");
			}
		}
	}

	@Test
	void theLabelLinkCountsAsAClickWhereTheShopCountsClicks() throws Exception {
		this.settings.save(this.scenario.shopId(), new NotificationSettings(true, false, true));
		String label = "https://returns.example.com/label/" + this.reference + ".pdf";
		UUID id = UUID.fromString(
				post(event("return.approved", this.reference, Map.of("returnLabelUrl", label))).text("/messageIds/0"));
		this.scenario.sendDue();

		Message sent = this.notifications.message(this.scenario.shopId(), id).orElseThrow();
		java.util.regex.Matcher click = java.util.regex.Pattern.compile("href=\"[^\"]*(/n/c/[^\"]+)\"")
			.matcher(sent.bodyHtml());
		assertThat(click.find()).as(sent.bodyHtml()).isTrue();
		assertThat(sent.bodyHtml()).doesNotContain("href=\"" + label + "\"");
		java.net.http.HttpResponse<Void> redirect = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port
					+ org.springframework.web.util.HtmlUtils.htmlUnescape(click.group(1))))
				.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location")).contains(label);
		assertThat(this.notifications.message(this.scenario.shopId(), id).orElseThrow().status())
			.isEqualTo(MessageStatus.CLICKED);
	}

	@Test
	void oneMessagePerReferenceASecondReturnGetsItsOwn() {
		String order = this.scenario.order;
		String orderNumber = this.scenario.api.get("/api/v1/orders/" + order).text("/orderNumber");
		Map<String, Object> byNumber = event("return.approved", this.reference, Map.of());
		byNumber.remove("orderId");
		byNumber.put("orderNumber", orderNumber);

		ApiClient.Response first = post(byNumber);
		ApiClient.Response repeat = post(event("return.approved", this.reference,
				Map.of("returnLabelUrl", "https://returns.example.com/later.pdf")));
		ApiClient.Response second = post(event("return.approved", this.reference + "-2", Map.of()));
		ShopperEvents.Outcome again = this.events.notify(this.scenario.shopId(), this.scenario.orderId(), null,
				Trigger.RETURN_APPROVED, " " + this.reference + " ", Instant.now(), Map.of());

		assertThat(first.status()).isEqualTo(202);
		assertThat(repeat.status()).isEqualTo(200);
		assertThat(repeat.text("/status")).isEqualTo("duplicate");
		assertThat(repeat.json().at("/messageIds")).isEqualTo(first.json().at("/messageIds"));
		assertThat(second.status()).isEqualTo(202);
		assertThat(second.text("/messageIds/0")).isNotEqualTo(first.text("/messageIds/0"));
		assertThat(again).isInstanceOf(ShopperEvents.Outcome.AlreadyPlanned.class);
		assertThat(messages(Trigger.RETURN_APPROVED)).extracting(Message::reference)
			.containsExactlyInAnyOrder(this.reference, this.reference + "-2");
	}

	@Test
	void reviewRequestsWaitForMarketingConsentWhereTheShopAsks() {
		enableReviews();
		String address = "anna.schmidt@example.com";
		Map<String, String> data = Map.of("reviewUrl", "https://reviews.example.com/write/1");

		String withoutConsent = post(event("review.requested", this.reference, data)).text("/messageIds/0");
		this.scenario.sendDue();
		this.consents.grant(this.scenario.shopId(), address, Channel.EMAIL, Topic.MARKETING, "checkout", "order");
		String withConsent = post(event("review.requested", this.reference + "-2", data)).text("/messageIds/0");
		this.scenario.sendDue();

		assertThat(status(withoutConsent)).isEqualTo(MessageStatus.NO_CONSENT);
		assertThat(status(withConsent)).isEqualTo(MessageStatus.SENT);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndLeavesNoTrace() {
		String otherOrder = this.scenario.api
			.post("/api/v1/orders", Fixtures.order("ext-" + UUID.randomUUID(), "O-" + System.nanoTime()))
			.text("/id");
		String otherParcel = this.scenario.api
			.post("/api/v1/orders/" + otherOrder + "/shipments", Fixtures.shipment("dhl", "OT" + System.nanoTime()))
			.text("/id");
		Map<String, Object> noOrder = event("return.approved", this.reference, Map.of());
		noOrder.remove("orderId");
		Map<String, Object> otherParcelsEvent = event("return.received", this.reference, Map.of());
		otherParcelsEvent.put("shipmentId", otherParcel);
		Map<String, Object> unknownParcel = event("return.received", this.reference, Map.of());
		unknownParcel.put("shipmentId", UUID.randomUUID().toString());
		Map<String, Object> future = event("return.received", this.reference, Map.of());
		future.put("occurredAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
		Map<String, Object> unknownOrder = event("return.received", this.reference, Map.of());
		unknownOrder.put("orderId", UUID.randomUUID().toString());

		assertProblem(post(event("return.lost", this.reference, Map.of())), 400, "type");
		assertProblem(post(noOrder), 400, "orderId");
		assertProblem(post(event("return.approved", " ", Map.of())), 400, "reference");
		assertProblem(post(future), 400, "occurredAt");
		assertProblem(post(event("return.approved", this.reference, Map.of("returnLabelUrl", "javascript:alert(1)"))),
				400, "data.returnLabelUrl");
		assertProblem(post(event("refund.issued", this.reference, Map.of("refundAmount", "19,99"))), 400,
				"data.refundAmount");
		assertProblem(post(event("return.received", this.reference, Map.of("refundAmount", "19.99"))), 400,
				"data.refundAmount");
		assertProblem(post(event("return.label_ready", this.reference, Map.of())), 400, "data.returnLabelUrl");
		assertProblem(post(event("claim.updated", this.reference, Map.of("claimStatus", "lost"))), 400,
				"data.claimStatus");
		assertProblem(post(otherParcelsEvent), 422, "shipmentId");
		assertProblem(post(unknownParcel), 404, null);
		assertProblem(post(unknownOrder), 404, null);
		String reused = "R-" + System.nanoTime();
		for (int i = 0; i < 2; i++) {
			this.scenario.api.post("/api/v1/orders", Fixtures.order("ext-" + UUID.randomUUID(), reused));
		}
		Map<String, Object> ambiguous = event("return.received", this.reference, Map.of());
		ambiguous.remove("orderId");
		ambiguous.put("orderNumber", reused);
		assertProblem(post(ambiguous), 422, "orderNumber");
		this.scenario.api.post("/api/v1/orders/" + this.scenario.order + "/shipments",
				Fixtures.shipment("dhl", "SECOND" + System.nanoTime()));
		assertProblem(post(event("delivery.delay_predicted", this.reference, Map.of())), 422, "shipmentId");

		assertThat(this.scenario.messages()).filteredOn(m -> this.events.triggers().contains(m.trigger())).isEmpty();
	}

	@Test
	void oldNewsAndSwitchedOffJourneysAreAcceptedWithoutAMessage() {
		Map<String, Object> old = event("return.received", this.reference, Map.of());
		old.put("occurredAt", Instant.now().minus(8, ChronoUnit.DAYS).toString());

		ApiClient.Response history = post(old);
		ApiClient.Response off = post(
				event("review.requested", this.reference, Map.of("reviewUrl", "https://reviews.example.com/write/1")));

		assertThat(history.status()).isEqualTo(200);
		assertThat(history.text("/status")).isEqualTo("nothing-to-send");
		assertThat(history.text("/reason")).contains("occurredAt");
		assertThat(off.status()).isEqualTo(200);
		assertThat(off.text("/reason")).contains("review-request").contains("switched off");
		assertThat(this.scenario.messages()).filteredOn(m -> this.events.triggers().contains(m.trigger())).isEmpty();
	}

	@Test
	void anotherShopsOrderIsNotFoundAndGetsNoMessage() {
		ApiClient other = new ApiClient(this.port, this.shops.create("Other").apiKey());

		ApiClient.Response response = other.post(EVENTS, event("return.approved", this.reference, Map.of()));

		assertProblem(response, 404, null);
		assertThat(response.body()).doesNotContain(this.scenario.order);
		assertThat(this.scenario.messages()).filteredOn(m -> m.trigger() == Trigger.RETURN_APPROVED).isEmpty();
	}

	@Test
	void thePreviewAndTestSendShowEveryTriggersFactsInEveryLanguage() {
		for (Trigger trigger : this.events.triggers()) {
			for (String language : List.of("en", "de", "fr", "es", "it", "nl", "pl")) {
				TemplatePreview preview = this.templates.preview(this.scenario.shopId(), trigger,
						Locale.forLanguageTag(language), null);
				assertThat(preview).as("%s in %s", trigger, language).isInstanceOf(TemplatePreview.Rendered.class);
				TemplatePreview.Rendered rendered = (TemplatePreview.Rendered) preview;
				String all = readable(rendered.subject() + "\n" + rendered.text() + "\n" + rendered.shortText());
				assertThat(all).as("%s in %s", trigger, language).doesNotContain("{{").containsPattern(sample(trigger));
				assertThat(rendered.html()).doesNotContain("{{");
			}
		}
		Message test = this.notifications.sendTest(this.scenario.shopId(), Trigger.REFUND_ISSUED, Locale.GERMAN,
				Channel.EMAIL, "merchant@example.com");
		assertThat(readable(test.bodyText())).contains("Erstattung über 19,99 €");
	}

	@Test
	void shopsWithTheOldDefaultReviewJourneySendAtOnceAfterTheMigration() throws Exception {
		ShopId untouched = this.scenario.shopId();
		ShopId changed = this.shops.create("Custom").shop().id();
		List<JourneyStep> oldDefault = List.of(new JourneyStep.Delay(Duration.ofDays(14)),
				JourneyStep.Send.of(Channel.EMAIL));
		List<JourneyStep> own = List.of(new JourneyStep.Delay(Duration.ofDays(7)), JourneyStep.Send.of(Channel.EMAIL));
		UUID untouchedReview = review(untouched).id();
		UUID changedReview = review(changed).id();
		this.journeys.replaceSteps(untouched, untouchedReview, oldDefault);
		this.journeys.replaceSteps(changed, changedReview, own);
		String migration = new String(
				getClass().getResourceAsStream("/db/migration/V17__notification_event_reference.sql").readAllBytes(),
				StandardCharsets.UTF_8);
		String update = migration.substring(migration.indexOf("UPDATE notification_journey"));

		this.jdbc.sql(update.substring(0, update.indexOf(';'))).update();

		assertThat(review(untouched).steps()).containsExactly(JourneyStep.Send.of(Channel.EMAIL));
		assertThat(review(changed).steps()).isEqualTo(own);
	}

	private Journey review(ShopId shop) {
		return this.journeys.list(shop)
			.stream()
			.filter(journey -> journey.trigger() == Trigger.REVIEW_REQUEST)
			.findFirst()
			.orElseThrow();
	}

	/** What the sample of a trigger shows in every language, as a pattern. */
	private static String sample(Trigger trigger) {
		return switch (trigger) {
			case RETURN_APPROVED, RETURN_LABEL_READY -> Pattern.quote("https://returns.example.com/RMA-1001/label.pdf");
			case RETURN_RECEIVED, RETURN_REQUESTED -> Pattern.quote("https://returns.example.com/RMA-1001");
			case RETURN_REJECTED -> Pattern.quote("The return window ended on 20 November.");
			case REFUND_ISSUED -> "19[.,]99";
			case REVIEW_REQUEST -> Pattern.quote("https://reviews.example.com/write/1001");
			case CLAIM_UPDATED -> Pattern.quote("https://claims.example.com/CLM-1001");
			// The window, three and four days from now.
			default -> String.valueOf(LocalDate.now().plusDays(4).getYear());
		};
	}

	private Map<String, Object> event(String type, String reference, Map<String, String> data) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", type);
		event.put("orderId", this.scenario.order);
		event.put("reference", reference);
		event.put("occurredAt", Instant.now().minusSeconds(30).toString());
		event.put("data", data);
		return event;
	}

	private Map<String, String> with(Map<String, String> data) {
		Map<String, String> filled = new LinkedHashMap<>();
		data.forEach((key, value) -> filled.put(key, value.replace("{ref}", this.reference)));
		return filled;
	}

	private ApiClient.Response post(Map<String, Object> event) {
		return this.scenario.api.post(EVENTS, event);
	}

	private static void assertProblem(ApiClient.Response response, int status, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		if (field != null) {
			assertThat(response.json().at("/errors/0/field").asString()).as(response.body()).isEqualTo(field);
		}
	}

	/** Review requests are off by default. */
	private void enableReviews() {
		this.journeys.setEnabled(this.scenario.shopId(), review(this.scenario.shopId()).id(), true);
	}

	private List<Message> messages(Trigger trigger) {
		return this.notifications
			.messages(this.scenario.shopId(), new OrderId(UUID.fromString(this.scenario.order)), null, 100, 0)
			.stream()
			.filter(m -> m.trigger() == trigger)
			.toList();
	}

	private MessageStatus status(String id) {
		return this.notifications.message(this.scenario.shopId(), UUID.fromString(id)).orElseThrow().status();
	}

	private static MimeMessage mail(String messageId) throws Exception {
		Awaitility.await().until(() -> find(messageId) != null);
		return find(messageId);
	}

	private static MimeMessage find(String messageId) throws Exception {
		for (MimeMessage message : DevSmtp.server().getReceivedMessages()) {
			if (messageId.equals(message.getMessageID())) {
				return message;
			}
		}
		return null;
	}

	/** The decoded content of the first part of this type. */
	private static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			List<String> found = new ArrayList<>();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String content = part(child, type);
				if (content != null) {
					found.add(content);
				}
			}
			return found.isEmpty() ? null : found.getFirst();
		}
		return null;
	}

	/** Number formats put narrow or no-break spaces before the currency sign. */
	private static String readable(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

}
