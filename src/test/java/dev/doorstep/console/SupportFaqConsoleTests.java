package dev.doorstep.console;

import java.util.List;
import java.util.Map;

import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.Conversations;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.FaqEntry;
import dev.doorstep.support.FaqTopic;
import dev.doorstep.support.Faqs;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FAQ in the console: an owner adds, edits, moves and deletes entries per language;
 * an agent sees them but is refused every change.
 */
@DoorstepIntegrationTest
class SupportFaqConsoleTests {

	private static final String PASSWORD = "support-console-password";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	Faqs faqs;

	@Autowired
	Conversations conversations;

	@Test
	void anOwnerAddsEditsMovesAndDeletesFaqEntries() {
		TestShops.TestShop shop = this.shops.create("Support console");
		ConsoleSession owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, shop.shop().id(), ShopRole.OWNER, PASSWORD), PASSWORD);
		ConsoleSession.Page page = owner.get("/console/support/faq?locale=de");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Wo ist meine Bestellung?");

		ConsoleSession.Page added = owner.post("/console/support/faq", Map.of("locale", "de", "topic", "PAYMENT",
				"question", "Kann ich mit Klarna zahlen?", "answer", "Ja, **Klarna** geht."));
		assertThat(added.status()).isEqualTo(302);
		List<FaqEntry> payment = payment(shop);
		FaqEntry klarna = payment.getLast();
		assertThat(klarna.question()).isEqualTo("Kann ich mit Klarna zahlen?");

		owner.get("/console/support/faq?locale=de");
		owner.post("/console/support/faq/" + klarna.id() + "/move", Map.of("direction", "up"));
		assertThat(payment(shop).get(payment.size() - 2).id()).isEqualTo(klarna.id());

		owner.get("/console/support/faq?locale=de&edit=" + klarna.id());
		owner.post("/console/support/faq/" + klarna.id(), Map.of("topic", "PAYMENT", "question",
				"Kann ich mit Klarna bezahlen?", "answer", "Ja, mit **Klarna** auf Rechnung."));
		assertThat(this.faqs.find(shop.shop().id(), klarna.id()).orElseThrow().question())
			.isEqualTo("Kann ich mit Klarna bezahlen?");

		ConsoleSession.Page invalid = owner.post("/console/support/faq",
				Map.of("locale", "de", "topic", "PAYMENT", "question", " ", "answer", "x"));
		assertThat(invalid.status()).isEqualTo(422);

		owner.get("/console/support/faq?locale=de");
		owner.post("/console/support/faq/" + klarna.id() + "/delete", Map.of());
		assertThat(this.faqs.find(shop.shop().id(), klarna.id())).isEmpty();
	}

	@Test
	void anOwnerSetsHowLongConversationsAreKept() {
		TestShops.TestShop shop = this.shops.create("Support retention");
		ConsoleSession owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, shop.shop().id(), ShopRole.OWNER, PASSWORD), PASSWORD);
		assertThat(owner.get("/console/support/faq").body()).contains("name=\"retentionDays\"", "value=\"90\"");
		assertThat(owner.post("/console/support/settings", Map.of("retentionDays", "30")).status()).isEqualTo(302);
		assertThat(this.conversations.settings(shop.shop().id()).retentionDays()).isEqualTo(30);
		owner.get("/console/support/faq");
		assertThat(owner.post("/console/support/settings", Map.of("retentionDays", "0")).status()).isEqualTo(422);
		assertThat(this.conversations.settings(shop.shop().id()).retentionDays()).isEqualTo(30);
	}

	@Test
	void anAgentSeesTheFaqButCannotChangeIt() {
		TestShops.TestShop shop = this.shops.create("Support console agent");
		ConsoleSession agent = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, shop.shop().id(), ShopRole.AGENT, PASSWORD), PASSWORD);
		assertThat(agent.get("/console/support/faq").body()).contains("Where is my order?");
		ConsoleSession.Page refused = agent.post("/console/support/faq",
				Map.of("locale", "en", "topic", "PAYMENT", "question", "Q?", "answer", "A."));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(this.faqs.list(shop.shop().id(), "en")).noneMatch(entry -> entry.question().equals("Q?"));
	}

	private List<FaqEntry> payment(TestShops.TestShop shop) {
		return this.faqs.list(shop.shop().id(), "de").stream().filter(e -> e.topic() == FaqTopic.PAYMENT).toList();
	}

}
