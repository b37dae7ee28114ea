package dev.doorstep.console;

import java.util.List;
import java.util.Map;

import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Console → Experiments: an owner creates a journey and a page experiment through the
 * form, starts and stops them and reads the report; a form with a bad variant is refused
 * with its field named; agents read but cannot start.
 */
@DoorstepIntegrationTest
class ExperimentsConsoleTests {

	static final String PASSWORD = "correct horse battery staple";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	ShopId shopId;

	@BeforeEach
	void shop() {
		this.shopId = this.shops.create("Experiments Console").shop().id();
	}

	@Test
	void anOwnerCreatesStartsStopsAndReadsAnExperiment() {
		ConsoleSession owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shopId, ShopRole.OWNER, PASSWORD), PASSWORD);
		assertThat(owner.get("/console/experiments").body()).contains("No experiments yet.")
			.contains("href=\"/console/experiments/new\"");
		assertThat(owner.get("/console/experiments/new").body()).contains("name=\"armSubject\"")
			.contains("<option value=\"recommendations\">recommendations</option>");

		ConsoleSession.Page created = owner.postAll("/console/experiments", form("Confirmation copy", "journey", "20",
				List.of("A", "B", ""), List.of("", "", ""), List.of("Danke {{order.number}}", "", "")));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String path = created.location().replaceFirst("^https?://[^/]+", "");
		assertThat(path).startsWith("/console/experiments/");
		ConsoleSession.Page draft = owner.get(path);
		assertThat(draft.body()).contains("Confirmation copy")
			.contains("Order confirmed · Email")
			.contains("Draft")
			.contains("Subject: Danke {{order.number}}")
			.contains("20.0 %")
			.contains("No clear difference in 90-day repurchase between A and holdout yet (n too small)");

		assertThat(owner.post(path + "/start", Map.of()).status()).isEqualTo(302);
		assertThat(owner.get(path).body()).contains("Started: shoppers are now assigned.")
			.contains("id=\"status\">Running<");
		assertThat(owner.post(path + "/start", Map.of()).status()).isEqualTo(302);
		assertThat(owner.get(path).body()).contains("only a draft experiment can move to running");

		assertThat(owner.post(path + "/stop", Map.of()).status()).isEqualTo(302);
		ConsoleSession.Page stopped = owner.get(path);
		assertThat(stopped.body()).contains("id=\"status\">Stopped<")
			.contains("The history and the report stay")
			.contains("data-arm=\"holdout\"")
			.contains("data-arm=\"B\"");
		assertThat(owner.get("/console/experiments").body()).contains("Confirmation copy")
			.contains("data-status=\"STOPPED\"");

		ConsoleSession.Page page = owner.postAll("/console/experiments", form("Cross-sell", "page", "0",
				List.of("with", "without", ""), List.of("true", "false", "true"), List.of("", "", "")));
		assertThat(page.status()).as(page.body()).isEqualTo(302);
		assertThat(owner.get(page.location().replaceFirst("^https?://[^/]+", "")).body())
			.contains("Tracking page: recommendations")
			.contains("Shows the block")
			.contains("Hides the block");
	}

	@Test
	void aBadVariantIsRefusedWithItsFieldAndAgentsOnlyRead() {
		ConsoleSession owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shopId, ShopRole.OWNER, PASSWORD), PASSWORD);
		owner.get("/console/experiments/new");
		ConsoleSession.Page refused = owner.postAll("/console/experiments", form("Bad", "journey", "10",
				List.of("holdout", "B", ""), List.of("", "", ""), List.of("", "{{#a}}x{{/b}}", "")));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("Please correct the marked fields.")
			.contains("must be unique and not &quot;holdout&quot;")
			.contains("is not a valid template");
		assertThat(owner.get("/console/experiments").body()).contains("No experiments yet.");

		owner.get("/console/experiments/new");
		String path = owner
			.postAll("/console/experiments",
					form("Readable", "journey", "10", List.of("A", "", ""), List.of("", "", ""), List.of("", "", "")))
			.location()
			.replaceFirst("^https?://[^/]+", "");
		ConsoleSession agent = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shopId, ShopRole.AGENT, PASSWORD), PASSWORD);
		assertThat(agent.get(path).body()).contains("Readable").doesNotContain(">Start<");
		assertThat(agent.post(path + "/start", Map.of()).status()).isEqualTo(403);
		assertThat(agent.get("/console/experiments").body()).doesNotContain("New experiment");
	}

	private static List<Map.Entry<String, List<String>>> form(String name, String target, String holdout,
			List<String> arms, List<String> shows, List<String> subjects) {
		return List.of(Map.entry("name", List.of(name)), Map.entry("target", List.of(target)),
				Map.entry("trigger", List.of("ORDER_CONFIRMED")), Map.entry("channel", List.of("EMAIL")),
				Map.entry("module", List.of("recommendations")), Map.entry("holdout", List.of(holdout)),
				Map.entry("armName", arms), Map.entry("armWeight", List.of("1", "1", "1")),
				Map.entry("armChannel", List.of("", "", "")), Map.entry("armDelayMinutes", List.of("", "", "")),
				Map.entry("armShows", shows), Map.entry("armSubject", subjects),
				Map.entry("armBody", List.of("", "", "")));
	}

}
