package dev.doorstep.console;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.doorstep.console.ConsoleSession.Page;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Journey;
import dev.doorstep.notification.Journeys;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.NotificationTemplates;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import dev.doorstep.support.TestShops.TestShop;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's notification pages over real HTTP: the dev mailbox with a message from a
 * real order, journeys switched by owners only, and the template editor with preview,
 * validation, save and test send.
 */
@DoorstepIntegrationTest
class NotificationConsoleTests {

	private static final String PASSWORD = "correct horse battery staple";

	private static final Pattern JOURNEY = Pattern
		.compile("data-trigger=\"ORDER_CONFIRMED\"[\\s\\S]*?/console/notifications/journeys/([0-9a-f-]{36})");

	private static final String TEMPLATE = "/console/notifications/templates/order-confirmed/de";

	@LocalServerPort
	int port;

	@Autowired
	TestShops testShops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationTemplates templates;

	@Autowired
	Journeys journeys;

	@Autowired
	Dispatcher dispatcher;

	TestShop shop;

	ApiClient api;

	String ownerEmail;

	String agentEmail;

	@BeforeEach
	void setUp() {
		this.shop = this.testShops.create("Mailbox Shop");
		this.api = new ApiClient(this.port, this.shop.apiKey());
		this.ownerEmail = user(this.shop, ShopRole.OWNER);
		this.agentEmail = user(this.shop, ShopRole.AGENT);
	}

	@Test
	void theMailboxListsADispatchedMessageAndShowsItAsTheRecipientSeesIt() {
		String number = "MB-" + System.nanoTime();
		Message sent = placeAndDispatch(number);
		ConsoleSession agent = signedIn(this.agentEmail);

		Page list = agent.get("/console/mailbox");
		Page byNumber = agent.get("/console/mailbox?order=" + number + "&channel=EMAIL");
		Page otherNumber = agent.get("/console/mailbox?order=NOPE-" + number);
		Page otherChannel = agent.get("/console/mailbox?order=" + number + "&channel=SMS");
		Page detail = agent.get("/console/mailbox/" + sent.id());

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Vielen Dank für Ihre Bestellung " + number, "/console/mailbox/" + sent.id(),
				"Held in the dev mailbox:", "Order confirmed", "Sent");
		assertThat(byNumber.body()).contains(number);
		assertThat(otherNumber.body()).contains("No messages match").doesNotContain(sent.id().toString());
		assertThat(otherChannel.body()).contains("No messages match");
		assertThat(detail.status()).isEqualTo(200);
		// The HTML is in a sandboxed frame, escaped once into the attribute: no script
		// runs,
		// no markup leaks into the console page.
		assertThat(detail.body()).contains("<iframe", "sandbox=\"\"", "srcdoc=\"&lt;!DOCTYPE html&gt;")
			.contains("Vielen Dank für Ihre Bestellung!")
			.contains("Text part", "Hallo Anna,")
			.contains("Delivery history", "Scheduled", "via smtp", "class=\"history\"")
			.contains(sent.recipient(), "Order confirmed", number);
		assertThat(agent.get("/console/mailbox/" + UUID.randomUUID()).status()).isEqualTo(404);
		TestShop other = this.testShops.create("Other Shop");
		ConsoleSession stranger = signedIn(user(other, ShopRole.OWNER));
		assertThat(stranger.get("/console/mailbox/" + sent.id()).status()).isEqualTo(404);
	}

	@Test
	void ownersSwitchJourneysAgentsOnlyReadThem() {
		ConsoleSession owner = signedIn(this.ownerEmail);
		Page page = owner.get("/console/notifications");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Order confirmed", "Wait 2 min for other parcels · Email",
				"Email · SMS · Push", TEMPLATE);
		Matcher id = JOURNEY.matcher(page.body());
		assertThat(id.find()).isTrue();

		Page off = owner.post("/console/notifications/journeys/" + id.group(1), Map.of("enabled", "false"));

		assertThat(off.status()).isEqualTo(302);
		assertThat(owner.get("/console/notifications").body()).contains("“Order confirmed” is switched off");
		assertThat(journey(Trigger.ORDER_CONFIRMED).enabled()).isFalse();
		ConsoleSession agent = signedIn(this.agentEmail);
		Page read = agent.get("/console/notifications");
		assertThat(read.body()).contains("Order confirmed").doesNotContain("/console/notifications/journeys/");
		assertThat(agent.post("/console/notifications/journeys/" + id.group(1), Map.of("enabled", "true")).status())
			.isEqualTo(403);
		assertThat(journey(Trigger.ORDER_CONFIRMED).enabled()).isFalse();
	}

	@Test
	void aSavedTemplateChangesTheNextMessageEscaped() {
		ConsoleSession owner = signedIn(this.ownerEmail);
		Page editor = owner.get(TEMPLATE);
		assertThat(editor.body()).contains("Vielen Dank für Ihre Bestellung {{order.number}}")
			.contains("id=\"headline\"");

		Page saved = owner.post(TEMPLATE,
				Map.of("action", "save", "subject", "Danke, {{customer.firstName}}! ({{order.number}})", "headline",
						"Schön, dass Sie da sind, {{customer.firstName}}", "body",
						"Ihre Bestellung <b>{{order.number}}</b> ist da.", "shortText",
						"{{shop.name}}: {{order.number}}"));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(owner.get(TEMPLATE).body()).contains("Texts saved", "own wording");
		String number = "TPL-" + System.nanoTime();
		Message message = placeAndDispatch(number);
		assertThat(message.subject()).isEqualTo("Danke, Anna! (" + number + ")");
		assertThat(message.bodyHtml()).contains("Ihre Bestellung &lt;b&gt;" + number + "&lt;/b&gt; ist da.")
			.doesNotContain("<b>" + number);
		assertThat(message.bodyText()).contains("Ihre Bestellung <b>" + number + "</b> ist da.")
			.contains("Schön, dass Sie da sind, Anna");
		assertThat(message.bodyHtml()).contains("Schön, dass Sie da sind, Anna");
		assertThat(owner.get("/console/notifications").body()).contains("class=\"customized\"");

		Page reset = owner.post(TEMPLATE, Map.of("action", "reset"));
		assertThat(reset.status()).isEqualTo(302);
		assertThat(this.templates.override(this.shop.shop().id(), Trigger.ORDER_CONFIRMED, Locale.GERMAN)).isEmpty();
	}

	@Test
	void anInvalidTemplateIsRefusedWithAFormError() {
		ConsoleSession owner = signedIn(this.ownerEmail);
		owner.get(TEMPLATE);

		Page refused = owner.post(TEMPLATE, Map.of("action", "save", "subject", "Bestellung {{order.number}}", "body",
				"{{#parcels}} Paket {{trackingNumber}}", "shortText", "ok"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("Nothing was saved", "id=\"body-error\"", "{{#parcels}} Paket");
		assertThat(this.templates.override(this.shop.shop().id(), Trigger.ORDER_CONFIRMED, Locale.GERMAN)).isEmpty();
		Page partial = owner.post(TEMPLATE,
				Map.of("action", "preview", "subject", "{{> other}}", "body", "b", "shortText", "s"));
		assertThat(partial.status()).isEqualTo(422);
		assertThat(partial.body()).contains("id=\"subject-error\"");
		Page headline = owner.post(TEMPLATE, Map.of("action", "save", "subject", "s", "headline", "{{#order}} offen",
				"body", "b", "shortText", "s"));
		assertThat(headline.status()).isEqualTo(422);
		assertThat(headline.body()).contains("id=\"headline-error\"");
		assertThat(this.templates.override(this.shop.shop().id(), Trigger.ORDER_CONFIRMED, Locale.GERMAN)).isEmpty();
	}

	@Test
	void previewRendersTheTypedTextsWithASampleOrderForAgentsToo() {
		ConsoleSession agent = signedIn(this.agentEmail);
		agent.get(TEMPLATE);

		Page preview = agent.post(TEMPLATE, Map.of("action", "preview", "subject", "Vorschau {{order.number}}", "body",
				"Hallo {{customer.firstName}}, <script>alert(1)</script>", "shortText", "Kurz: {{parcel.carrier}}"));

		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).contains("Vorschau 1001", "srcdoc=", "Kurz: DHL", "class=\"bubble\"")
			.doesNotContain("<script>alert(1)</script>")
			.contains("&amp;lt;script&amp;gt;");
		assertThat(preview.body()).doesNotContain("name=\"action\" value=\"save\"");
		assertThat(
				agent.post(TEMPLATE, Map.of("action", "save", "subject", "x", "body", "y", "shortText", "z")).status())
			.isEqualTo(403);
		assertThat(agent.post(TEMPLATE, Map.of("action", "test")).status()).isEqualTo(403);
	}

	@Test
	void theEditorOfAnEventFromOutsideListsItsFactsAndPreviewsThem() {
		ConsoleSession agent = signedIn(this.agentEmail);

		Page refund = agent.get("/console/notifications/templates/refund-issued/de");

		assertThat(refund.status()).isEqualTo(200);
		assertThat(refund.body()).contains("{{event.refundAmount}}", "{{event.reference}}")
			.containsPattern("Erstattung über 19,99.€");
		assertThat(agent.get(TEMPLATE).body()).doesNotContain("{{event.");
	}

	@Test
	void thePickupPreviewShowsASamplePickupPointAndListsItsVariables() {
		ConsoleSession owner = signedIn(this.ownerEmail);
		String pickup = "/console/notifications/templates/available-for-pickup/de";
		Page editor = owner.get(pickup);
		assertThat(editor.body()).contains("{{parcel.pickup.deadline}}", "{{parcel.pickup.address}}");

		Page preview = owner.post(pickup, Map.of("action", "preview", "subject", "Abholung", "body",
				"{{parcel.pickup.address}} bis {{parcel.pickup.deadline}}", "shortText", "{{parcel.pickup.name}}"));

		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).contains("Packstation 123, Invalidenstraße 10, 10115 Berlin bis ");
	}

	@Test
	void aTestSendLandsInTheDevMailboxWithoutAnOrder() {
		ConsoleSession owner = signedIn(this.ownerEmail);
		owner.get(TEMPLATE);

		Page sent = owner.post(TEMPLATE, Map.of("action", "test"));

		assertThat(sent.status()).isEqualTo(302);
		List<Message> tests = this.notifications.messages(this.shop.shop().id(), Notifications.TEST_ORDER, null, 10, 0);
		assertThat(tests).singleElement().satisfies(message -> {
			assertThat(message.status()).isEqualTo(MessageStatus.SENT);
			assertThat(message.provider()).isEqualTo("devmail");
			assertThat(message.channel()).isEqualTo(Channel.EMAIL);
			assertThat(message.recipient()).isEqualTo(this.ownerEmail);
			assertThat(message.subject()).isEqualTo("Vielen Dank für Ihre Bestellung 1001");
		});
		Page page = owner.get(TEMPLATE);
		assertThat(page.body()).contains("A test message is in the dev mailbox",
				"/console/mailbox/" + tests.getFirst().id());
		Page detail = owner.get("/console/mailbox/" + tests.getFirst().id());
		assertThat(detail.body()).contains("held in dev mailbox", "Test with a sample order", "srcdoc=");
		assertThat(owner.get("/console/mailbox").body()).contains(">Test<");
	}

	private Message placeAndDispatch(String number) {
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), number);
		order.put("placedAt", Instant.now().toString());
		order.put("customer",
				Map.of("email", "shopper-" + UUID.randomUUID() + "@example.com", "firstName", "Anna", "lastName", "S"));
		OrderId id = new OrderId(UUID.fromString(this.api.post("/api/v1/orders", order).text("/id")));
		Awaitility.await().until(() -> !messages(id).isEmpty());
		while (this.dispatcher.dispatchDue() > 0) {
			// until nothing is due
		}
		return messages(id).getFirst();
	}

	private List<Message> messages(OrderId order) {
		return this.notifications.messages(this.shop.shop().id(), order, null, 10, 0);
	}

	private Journey journey(Trigger trigger) {
		return this.journeys.list(this.shop.shop().id())
			.stream()
			.filter(j -> j.trigger() == trigger)
			.findFirst()
			.orElseThrow();
	}

	private String user(TestShop shop, ShopRole role) {
		return ConsoleSession.user(this.users, shop.shop().id(), role, PASSWORD);
	}

	private ConsoleSession signedIn(String email) {
		return ConsoleSession.signedIn(this.port, email, PASSWORD);
	}

}
