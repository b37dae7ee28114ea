package dev.doorstep.support;

import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.claim.ClaimScenario;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Claims;
import dev.doorstep.claim.FileResult;
import dev.doorstep.claim.NewClaim;
import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.DeliveryTexts;
import dev.doorstep.delivery.ShipmentPromise;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.TrackingUpdate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assistant's answers for a real order in the states shoppers ask about, in English
 * and German: in transit with a window, delivered, at a pickup point, return requested,
 * refund issued, claim filed; plus asking back, the help page without an order, hand-over
 * and the stored conversation.
 */
@DoorstepIntegrationTest
@RecordApplicationEvents
class AssistantIntegrationTests {

	@Autowired
	ApplicationEvents events;

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shipments shipments;

	@Autowired
	Claims claims;

	@Autowired
	DeliveryPromises promises;

	@Autowired
	DeliveryTexts deliveryTexts;

	@Autowired
	Assistant assistant;

	@Autowired
	Conversations conversations;

	private ClaimScenario scenario(String name) {
		return new ClaimScenario(this.port, this.shops, this.shipments, name);
	}

	private Answer ask(ClaimScenario scenario, String text, String language) {
		return this.assistant
			.answer(new Question(scenario.shopId(), scenario.orderId, null, text, Locale.of(language), Channel.WEB));
	}

	private static List<Answer.Kind> kinds(Answer answer) {
		return answer.actions().stream().map(Answer.NextAction::kind).toList();
	}

	private static String fact(Answer answer, String key) {
		return answer.facts()
			.stream()
			.filter(fact -> fact.key().equals(key))
			.map(Answer.Fact::value)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no fact " + key + " in " + answer.facts()));
	}

	private static String date(LocalDate date, String language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.of(language)).format(date);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "de" })
	void answersWhenAParcelInTransitArrivesWithItsWindowAndBasis(String language) {
		ClaimScenario scenario = scenario("Assistant transit " + language).quietFor(Duration.ofHours(3));
		ShipmentPromise promise = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.promises.forShipment(scenario.shopId(), scenario.shipmentId).orElse(null),
					found -> found != null);
		String window = this.deliveryTexts.window(promise.current().window(), Locale.of(language));

		Answer answer = ask(scenario,
				language.equals("en") ? "when will my parcel get here??" : "wann kommt denn mein paket", language);

		assertThat(answer.intent()).isEqualTo(Intent.WHEN_ARRIVES);
		assertThat(answer.asksBack()).isFalse();
		assertThat(fact(answer, "status")).isEqualTo("IN_TRANSIT");
		assertThat(fact(answer, "window")).isEqualTo(window);
		assertThat(fact(answer, "basis")).isEqualTo(promise.current().basis().source().name());
		assertThat(answer.text()).contains(window)
			.contains(scenario.orderNumber)
			.contains(language.equals("en") ? "on its way with DHL" : "mit DHL unterwegs");
		assertThat(answer.actions()).anySatisfy(action -> {
			assertThat(action.kind()).isEqualTo(Answer.Kind.CHOOSE_CHANNELS);
			assertThat(action.url()).isEqualTo("/t/" + scenario.token() + "?lang=" + language + "#updates");
		});
		assertThat(answer.handOver()).isFalse();
		assertThat(answer.explanation()).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "de" })
	void answersDeliveredButNotReceivedWithTheDayWhereItWasLeftAndAClaim(String language) {
		ClaimScenario scenario = scenario("Assistant delivered " + language).delivered(Duration.ofHours(20));
		LocalDate deliveredOn = scenario.shipment().deliveredAt().atZone(scenario.shop.shop().timeZone()).toLocalDate();

		Answer answer = ask(scenario, language.equals("en") ? "tracking says its delivered but i never got it"
				: "da steht zugestellt aber hier ist kein paket", language);

		assertThat(answer.intent()).isEqualTo(Intent.DELIVERED_NOT_RECEIVED);
		assertThat(fact(answer, "status")).isEqualTo("DELIVERED");
		assertThat(fact(answer, "deliveredOn")).isEqualTo(date(deliveredOn, language));
		assertThat(fact(answer, "subStatus")).isEqualTo("DELIVERED_NEIGHBOR");
		assertThat(answer.text()).contains(date(deliveredOn, language))
			.contains(language.equals("en") ? "Left with a neighbour" : "Nachbar");
		assertThat(answer.actions()).anySatisfy(action -> {
			assertThat(action.kind()).isEqualTo(Answer.Kind.FILE_CLAIM);
			assertThat(action.url()).isEqualTo("/t/" + scenario.token() + "/claim?lang=" + language);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "de" })
	void answersWhereToCollectAParcelAndUntilWhen(String language) {
		ClaimScenario scenario = scenario("Assistant pickup " + language);
		Instant now = Instant.now();
		LocalDate deadline = LocalDate.now().plusDays(6);
		this.shipments.record(scenario.shopId(), scenario.shipmentId,
				List.of(new TrackingUpdate(now.minus(Duration.ofHours(2)), TrackingStatus.AVAILABLE_FOR_PICKUP,
						"AVAILABLE_FOR_PICKUP_LOCKER", null, "Ready for collection",
						new TrackingEvent.Location("Berlin", "10115", "DE"), "p-1")));
		this.shipments.recordPickupPoint(scenario.shopId(), scenario.shipmentId, PickupPoint.of("Packstation 123",
				"Invalidenstraße 112", "10115", "Berlin", "DE", PickupPoint.Type.LOCKER, "Mo–So 0–24 Uhr", deadline),
				now);

		Answer answer = ask(scenario,
				language.equals("en") ? "where do i pick it up" : "wo kann ich es abholen und bis wann", language);

		assertThat(answer.intent()).isEqualTo(Intent.PICKUP_POINT);
		assertThat(fact(answer, "pickupPoint")).isEqualTo("Packstation 123, Invalidenstraße 112, 10115 Berlin");
		assertThat(fact(answer, "pickupDeadline")).isEqualTo(date(deadline, language));
		assertThat(answer.text()).contains("Packstation 123").contains(date(deadline, language));
		assertThat(kinds(answer)).contains(Answer.Kind.PICKUP_DETAILS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "de" })
	void answersTheStatusOfARequestedReturn(String language) {
		ClaimScenario scenario = scenario("Assistant return " + language).delivered(Duration.ofDays(2));
		ApiClient.Response created = scenario.api.post("/api/v1/returns", returnOf(scenario));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String rma = created.text("/rma");
		String status = created.text("/status");
		Map<String, String> shown = Map.of("REQUESTED", language.equals("en") ? "Requested" : "Angefragt", "APPROVED",
				language.equals("en") ? "Approved" : "Genehmigt");

		Answer answer = ask(scenario,
				language.equals("en") ? "whats happening with my return" : "was ist mit meiner retoure", language);

		assertThat(answer.intent()).isEqualTo(Intent.RETURN);
		assertThat(fact(answer, "returnStatus")).isEqualTo(status);
		assertThat(answer.text()).contains(rma).contains(shown.get(status));
		assertThat(kinds(answer)).contains(Answer.Kind.VIEW_RETURN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "de" })
	void answersARefundIssuedWithItsAmount(String language) {
		ClaimScenario scenario = scenario("Assistant refund " + language).delivered(Duration.ofDays(2));
		ApiClient.Response created = scenario.api.post("/api/v1/returns", returnOf(scenario));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.text("/id");
		scenario.api.post("/api/v1/returns/" + id + "/approve", Map.of());
		scenario.api.post("/api/v1/returns/" + id + "/receive", Map.of());
		scenario.api.post("/api/v1/returns/" + id + "/resolve", Map.of());
		ApiClient.Response refunded = scenario.api.post("/api/v1/returns/" + id + "/refund", Map.of("amount", 125.05));
		assertThat(refunded.status()).as(refunded.body()).isEqualTo(200);

		Answer answer = ask(scenario,
				language.equals("en") ? "when do i get my money back" : "wann krieg ich mein geld zurück", language);

		assertThat(answer.intent()).isEqualTo(Intent.REFUND);
		String amount = language.equals("en") ? "€125.05" : "125,05";
		assertThat(fact(answer, "refund")).contains(amount);
		assertThat(answer.text()).contains(amount);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "de" })
	void answersTheStatusOfAFiledDamageClaim(String language) {
		ClaimScenario scenario = scenario("Assistant claim " + language).delivered(Duration.ofDays(1));
		FileResult result = this.claims.file(scenario.shopId(), scenario.shipmentId,
				new NewClaim(ClaimType.DAMAGED, Map.of("JKT-1", 1), "The zip is torn off.", false, null, null,
						List.of(new NewClaim.Upload("photo", ClaimScenario.photo("png", Color.ORANGE)))));
		assertThat(result).isInstanceOf(FileResult.Filed.class);
		String number = ((FileResult.Filed) result).claim().number();

		Answer answer = ask(scenario, language.equals("en") ? "the jacket arrived broken" : "die jacke kam kaputt an",
				language);

		assertThat(answer.intent()).isEqualTo(Intent.DAMAGED);
		assertThat(fact(answer, "claimStatus")).isIn("FILED", "APPROVED");
		assertThat(answer.text()).contains(number);
		assertThat(kinds(answer)).contains(Answer.Kind.VIEW_CLAIM);
	}

	@Test
	void asksBackWithTheLikeliestIntentsWhenUnsure() {
		ClaimScenario scenario = scenario("Assistant unsure");
		Answer answer = ask(scenario, "asdf qwer", "en");
		assertThat(answer.asksBack()).isTrue();
		assertThat(answer.confidence()).isLessThan(0.45);
		assertThat(answer.alternatives()).hasSizeBetween(1, 3)
			.doesNotContain(Intent.GREETING, Intent.THANKS, Intent.OTHER);
		assertThat(answer.actions()).filteredOn(action -> action.kind() == Answer.Kind.ASK)
			.extracting(Answer.NextAction::intent)
			.containsExactlyElementsOf(answer.alternatives());
		// The button's choice counts instead of the model's guess.
		Answer chosen = this.assistant.answer(new Question(scenario.shopId(), scenario.orderId, null, "asdf qwer",
				Locale.ENGLISH, Channel.WEB, Intent.WHERE_IS_IT));
		assertThat(chosen.intent()).isEqualTo(Intent.WHERE_IS_IT);
		assertThat(chosen.asksBack()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "de" })
	void answersFromTheFaqAndAsksForTheOrderWithoutOrderContext(String language) {
		TestShops.TestShop shop = this.shops.create("Assistant help " + language);
		Answer answer = this.assistant.answer(Question.general(shop.shop().id(),
				language.equals("en") ? "how long can i send things back" : "wie lange kann ich was zurückschicken",
				Locale.of(language), Channel.WEB));
		assertThat(answer.intent()).isEqualTo(Intent.RETURN);
		assertThat(fact(answer, "faq")).isEqualTo(language.equals("en") ? "How long do I have to return an item?"
				: "Wie lange kann ich Artikel zurückgeben?");
		assertThat(kinds(answer)).contains(Answer.Kind.LOOK_UP_ORDER);
		assertThat(answer.html()).contains("<strong>");
	}

	@Test
	void handsOverWhenAskedForAPersonWithTheShopsContacts() {
		ClaimScenario scenario = scenario("Assistant human");
		Answer answer = ask(scenario, "i wanna talk to a real person", "en");
		assertThat(answer.intent()).isEqualTo(Intent.HUMAN);
		assertThat(answer.handOver()).isTrue();
		assertThat(kinds(answer)).contains(Answer.Kind.CONTACT_SHOP);
	}

	@Test
	void storesTheConversationWithoutTheShoppersEmailPhoneOrPostcode() {
		ClaimScenario scenario = scenario("Assistant privacy").quietFor(Duration.ofHours(1));
		Answer answer = ask(scenario,
				"where is my parcel? mail me at anna.schmidt@example.com or call +49 30 1234567, plz 10115", "en");
		List<Conversation> stored = this.conversations.recent(scenario.shopId(), 5);
		assertThat(stored).hasSize(1);
		Conversation conversation = stored.getFirst();
		assertThat(conversation.question()).doesNotContain("anna.schmidt", "1234567", "10115")
			.contains("[email]", "[phone]", "[postcode]");
		assertThat(conversation.intent()).isEqualTo(answer.intent());
		assertThat(conversation.answer()).isEqualTo(answer.text());
		assertThat(conversation.order()).isEqualTo(scenario.orderId);
		assertThat(this.events.stream(QuestionAnswered.class)
			.filter(event -> event.conversation().equals(conversation.id()))).singleElement().satisfies(event -> {
				assertThat(event.shopId()).isEqualTo(scenario.shopId());
				assertThat(event.intent()).isEqualTo(answer.intent());
				assertThat(event.handedOver()).isEqualTo(answer.handOver());
			});
	}

	@Test
	void givesAbsoluteLinksOnTheApi() {
		ClaimScenario scenario = scenario("Assistant absolute").quietFor(Duration.ofHours(1));
		Answer answer = this.assistant.answer(new Question(scenario.shopId(), scenario.orderId, null,
				"where is my order", Locale.ENGLISH, Channel.API));
		assertThat(answer.actions()).isNotEmpty()
			.allSatisfy(action -> assertThat(action.url()).matches("(https?|mailto|tel):.*"));
	}

	private static Map<String, Object> returnOf(ClaimScenario scenario) {
		return Map.of("orderId", scenario.orderId.value().toString(), "items",
				List.of(Map.of("sku", "JKT-1", "quantity", 1, "reason", "TOO_SMALL", "resolution", "REFUND")), "method",
				"QR_DROP_OFF", "locale", "en");
	}

}
