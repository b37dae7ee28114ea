package dev.doorstep.console;

import java.util.Map;
import java.util.UUID;

import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import dev.doorstep.webhook.Delivery;
import dev.doorstep.webhook.Subscription;
import dev.doorstep.webhook.Webhooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's webhook pages: owners add a subscription and see its secret once, read
 * the delivery log, test, replay and switch off; agents only read; another shop's
 * subscription is not found.
 */
@DoorstepIntegrationTest
class WebhookConsoleTests {

	private static final String PASSWORD = "webhook-console-password";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	Webhooks webhooks;

	TestShops.TestShop shop;

	ConsoleSession owner;

	@BeforeEach
	void shop() {
		this.shop = this.shops.create("Webhook Console");
		this.owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shop.shop().id(), ShopRole.OWNER, PASSWORD), PASSWORD);
	}

	@Test
	void anOwnerAddsASubscriptionAndSeesItsSecretOnce() {
		ConsoleSession.Page list = this.owner.get("/console/webhooks");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Add a subscription").contains("no webhook subscriptions yet");

		ConsoleSession.Page refused = this.owner.post("/console/webhooks",
				Map.of("url", "http://crm.example.com/doorstep", "types", "return.*, Claim Opened"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"url-error\"").contains("value=\"http://crm.example.com/doorstep\"");
		assertThat(this.webhooks.list(this.shop.shop().id())).isEmpty();

		ConsoleSession.Page badType = this.owner.post("/console/webhooks",
				Map.of("url", "https://crm.example.com/doorstep", "types", "return.*, Claim Opened"));
		assertThat(badType.status()).isEqualTo(422);
		assertThat(badType.body()).contains("id=\"types-error\"").doesNotContain("id=\"url-error\"");

		ConsoleSession.Page created = this.owner.post("/console/webhooks", Map.of("url",
				"https://crm.example.com/doorstep", "types", "return.*, claim.opened", "description", "CRM"));
		assertThat(created.status()).isEqualTo(200);
		Subscription saved = this.webhooks.list(this.shop.shop().id()).getFirst();
		assertThat(saved.types()).containsExactly("return.*", "claim.opened");
		assertThat(created.body()).contains(saved.secret()).contains("shown only this once");

		ConsoleSession.Page again = this.owner.get("/console/webhooks");
		assertThat(again.body()).contains("https://crm.example.com/doorstep")
			.contains("return.*, claim.opened")
			.doesNotContain(saved.secret());
		assertThat(this.owner.get("/console/webhooks/" + saved.id()).body()).doesNotContain(saved.secret());
	}

	@Test
	void theLogShowsAttemptsAndAnOwnerReplaysTestsAndSwitchesOff() {
		Subscription subscription = this.webhooks.create(this.shop.shop().id(),
				new Webhooks.Changes("https://crm.example.com/doorstep", null, true, "CRM"));
		Delivery test = this.webhooks.sendTest(this.shop.shop().id(), subscription.id());

		ConsoleSession.Page page = this.owner.get("/console/webhooks/" + subscription.id());
		assertThat(page.status()).isEqualTo(200);
		String log = page.body().substring(page.body().indexOf("id=\"webhook-deliveries\""));
		assertThat(log).contains("webhook.test").contains(test.eventId().toString()).contains("Pending");

		ConsoleSession.Page replayed = this.owner
			.post("/console/webhooks/" + subscription.id() + "/deliveries/" + test.id() + "/replay", Map.of());
		assertThat(replayed.status()).isEqualTo(302);
		assertThat(replayed.location()).endsWith("/console/webhooks/" + subscription.id());
		assertThat(this.owner.get(replayed.location().replaceFirst("^https?://[^/]+", "")).body())
			.contains("sent again, with the same event id");
		assertThat(this.webhooks.deliveries(this.shop.shop().id(), subscription.id(), null, 0, 10).totalElements())
			.isEqualTo(2);

		this.owner.get("/console/webhooks/" + subscription.id());
		assertThat(this.owner.post("/console/webhooks/" + subscription.id() + "/test", Map.of()).status())
			.isEqualTo(302);
		assertThat(this.webhooks.deliveries(this.shop.shop().id(), subscription.id(), null, 0, 10).totalElements())
			.isEqualTo(3);

		this.owner.get("/console/webhooks/" + subscription.id());
		ConsoleSession.Page range = this.owner.post("/console/webhooks/" + subscription.id() + "/replay",
				Map.of("from", "2026-11-23T12:00", "to", "2026-11-23T11:00"));
		assertThat(range.status()).isEqualTo(422);
		assertThat(range.body()).contains("must be after from");

		this.owner.post("/console/webhooks/" + subscription.id() + "/enabled", Map.of("enabled", "false"));
		assertThat(this.webhooks.get(this.shop.shop().id(), subscription.id()).enabled()).isFalse();
		assertThat(this.owner.get("/console/webhooks").body()).contains(">Off<");
	}

	@Test
	void agentsOnlyReadAndOtherShopsAreNotFound() {
		Subscription subscription = this.webhooks.create(this.shop.shop().id(),
				new Webhooks.Changes("https://crm.example.com/doorstep", null, true, ""));
		ConsoleSession agent = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shop.shop().id(), ShopRole.AGENT, PASSWORD), PASSWORD);
		ConsoleSession.Page read = agent.get("/console/webhooks/" + subscription.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).contains("https://crm.example.com/doorstep").doesNotContain("Send test event");
		assertThat(agent.post("/console/webhooks/" + subscription.id() + "/delete", Map.of()).status()).isEqualTo(403);
		assertThat(this.webhooks.list(this.shop.shop().id())).hasSize(1);

		TestShops.TestShop other = this.shops.create("Other Webhook Shop");
		Subscription theirs = this.webhooks.create(other.shop().id(),
				new Webhooks.Changes("https://other.example.com/hook", null, true, ""));
		assertThat(this.owner.get("/console/webhooks/" + theirs.id()).status()).isEqualTo(404);
		this.owner.get("/console/webhooks");
		assertThat(this.owner.post("/console/webhooks/" + theirs.id() + "/delete", Map.of()).status()).isEqualTo(404);
		assertThat(this.webhooks.list(other.shop().id())).hasSize(1);
		assertThat(this.owner.get("/console/webhooks/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

}
