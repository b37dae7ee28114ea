package dev.doorstep.console;

import java.util.Locale;
import java.util.Map;

import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.Assistant;
import dev.doorstep.support.Channel;
import dev.doorstep.support.Handovers;
import dev.doorstep.support.OpeningHours;
import dev.doorstep.support.Question;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversations console (no personal data, filters, deflection per intent) and the
 * hand-over settings page (opening hours and helpdesk; owners change, agents only see).
 */
@DoorstepIntegrationTest
class SupportConversationsConsoleTests {

	private static final String PASSWORD = "support-conversations-password";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	Assistant assistant;

	@Autowired
	Handovers handovers;

	private void ask(TestShops.TestShop shop, String text, Channel channel) {
		this.assistant.answer(Question.general(shop.shop().id(), text, Locale.ENGLISH, channel));
	}

	@Test
	void conversationsAreListedWithoutPersonalDataWithFiltersAndDeflectionPerIntent() {
		TestShops.TestShop shop = this.shops.create("Conversations console");
		ask(shop, "i want to talk to a person, mail me at anna.private@example.com", Channel.WEB);
		ask(shop, "can i speak to a human please", Channel.API);
		ask(shop, "hello", Channel.WEB);
		ask(shop, "hi there", Channel.PHONE);
		TestShops.TestShop other = this.shops.create("Conversations other");
		ask(other, "thank you so much", Channel.WEB);

		ConsoleSession agent = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, shop.shop().id(), ShopRole.AGENT, PASSWORD), PASSWORD);
		ConsoleSession.Page page = agent.get("/console/support/conversations");
		assertThat(page.status()).isEqualTo(200);
		String body = page.body();
		assertThat(body).doesNotContain("anna.private", "talk to a person", "speak to a human");
		assertThat(count(body, "<tr data-id=")).isEqualTo(4);
		// Deflection: the hand-over intent answered 0 of 2 without hand-over, greetings 2
		// of 2.
		assertThat(body).containsPattern(
				"data-intent=\"HUMAN\">\\s*<td>[^<]+</td>\\s*<td>2</td>\\s*<td>0</td>\\s*<td class=\"share\">0%</td>");
		assertThat(body).containsPattern(
				"data-intent=\"GREETING\">\\s*<td>[^<]+</td>\\s*<td>2</td>\\s*<td>2</td>\\s*<td class=\"share\">100%</td>");

		assertThat(count(agent.get("/console/support/conversations?outcome=handedOver").body(), "<tr data-id="))
			.isEqualTo(2);
		assertThat(count(agent.get("/console/support/conversations?channel=PHONE").body(), "<tr data-id="))
			.isEqualTo(1);
		assertThat(
				count(agent.get("/console/support/conversations?intent=GREETING&channel=WEB").body(), "<tr data-id="))
			.isEqualTo(1);
		assertThat(agent.get("/console/support/conversations?from=2000-01-01&to=2000-01-02").body())
			.contains("No conversations match.");
	}

	@Test
	void ownersSetOpeningHoursAndTheHelpdeskAgentsAreRefused() {
		TestShops.TestShop shop = this.shops.create("Handover console");
		ConsoleSession owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, shop.shop().id(), ShopRole.OWNER, PASSWORD), PASSWORD);
		assertThat(owner.get("/console/support/handover").status()).isEqualTo(200);
		ConsoleSession.Page saved = owner.post("/console/support/handover/hours",
				Map.of("monday", "9:00-12:30, 13:30 - 18:00", "friday", "09:00-15:00", "sunday", ""));
		assertThat(saved.status()).isEqualTo(302);
		OpeningHours hours = this.handovers.openingHours(shop.shop().id());
		assertThat(hours.on(java.time.DayOfWeek.MONDAY)).hasSize(2);
		assertThat(hours.on(java.time.DayOfWeek.FRIDAY).getFirst().closes()).isEqualTo(java.time.LocalTime.of(15, 0));
		assertThat(owner.get("/console/support/handover").body()).contains("value=\"09:00-12:30, 13:30-18:00\"");

		ConsoleSession.Page invalid = owner.post("/console/support/handover/hours", Map.of("tuesday", "nine to five"));
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.body()).contains("tuesday: write ranges as 09:00-17:00");

		owner.get("/console/support/handover");
		assertThat(owner
			.post("/console/support/handover/helpdesk", Map.of("provider", "zendesk", "account", "acme", "email",
					"agent@acme.test", "apiToken", "zendesk-secret-9876"))
			.status()).isEqualTo(302);
		String page = owner.get("/console/support/handover").body();
		assertThat(page).contains("value=\"****9876\"").doesNotContain("zendesk-secret");

		ConsoleSession agent = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, shop.shop().id(), ShopRole.AGENT, PASSWORD), PASSWORD);
		agent.get("/console/support/handover");
		assertThat(agent.post("/console/support/handover/hours", Map.of("monday", "00:00-23:00")).status())
			.isEqualTo(403);
		assertThat(this.handovers.openingHours(shop.shop().id()).on(java.time.DayOfWeek.MONDAY)).hasSize(2);
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}
