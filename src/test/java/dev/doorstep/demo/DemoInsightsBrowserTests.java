package dev.doorstep.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.doorstep.insights.Insights;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.Chromium;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.tracking.internal.PageViews;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The demo shop's owner signs in after a few minutes of simulated traffic and sees every
 * insights chart drawn from the demo's own data, then the running experiment's live
 * report, in real Chromium; screenshots {@code target/screenshots/demo-insights.png} and
 * {@code demo-experiment.png}.
 */
@DoorstepIntegrationTest
class DemoInsightsBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	/** Charts that must show the demo's data (not "No data in this range"). */
	private static final List<String> CHARTS = List.of("repurchase", "csat", "returns-by-product", "returns-by-reason",
			"on-time", "transit", "windows", "messages", "tracking-visits", "claims", "cross-sell",
			"cross-sell-revenue");

	@LocalServerPort
	int port;

	@Autowired
	DemoSeeder seeder;

	@Autowired
	Simulator simulator;

	@Autowired
	Clock clock;

	@Autowired
	PageViews pageViews;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	Insights insights;

	@Autowired
	ConsoleUsers users;

	@Test
	void theDemoOwnerSeesEveryChartAndTheExperimentReport() {
		DemoSeeder.Seeded seeded = DemoShopFixture.seed(this.seeder, this.clock.instant());
		Shop shop = seeded.shop();
		DemoShoppersIntegrationTests.runTraffic(this.simulator, this.clock, this.pageViews, this.jdbc, shop);
		// The app sends due messages every few seconds; tests send them themselves.
		this.dispatcher.dispatchDue();
		DemoShoppersIntegrationTests.awaitListeners(this.jdbc, shop);
		String email = DemoSeeder.CONSOLE_EMAIL;
		String password = seeded.password();
		if (password == null) {
			// The demo shop was seeded before this test run's fixture: another owner.
			email = "demo-owner-" + UUID.randomUUID() + "@demo.test";
			password = "demo browser password";
			this.users.grant(shop.id(), this.users.ensureUser(email, "Demo Owner", password), ShopRole.OWNER);
		}
		LocalDate today = this.insights.today(shop.id());
		String base = "http://localhost:" + this.port;

		try (BrowserContext context = CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setLocale("en-US")
				.setTimezoneId("Europe/Berlin")
				.setViewportSize(1400, 1000))) {
			Page page = context.newPage();
			page.navigate(base + "/login");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill(password);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Insights").setExact(true)).click();
			// Four months: the demo's history, so 30- and 90-day repurchase have cohorts.
			page.getByLabel("From").fill(today.minusDays(125).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();

			assertThat(page.locator("h1")).hasText("Insights");
			for (String chart : CHARTS) {
				assertThat(page.locator("#chart-" + chart + " canvas[data-rendered=true]")).hasCount(1);
			}
			assertThat(page.locator("#tile-tracking-visits .kpi-value")).not().hasText("–");
			assertThat(page.locator("#tile-tracking-visits .kpi-value")).not().hasText("0.0");
			assertThat(page.locator("#tile-claims .kpi-value")).not().hasText("0");
			assertThat(page.locator("#tile-cross-sell .kpi-value")).not().hasText("€0.00");
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("demo-insights.png"))
				.setFullPage(true));

			page.navigate(base + "/console/experiments");
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(DemoSeeder.EXPERIMENT.name()).setExact(true))
				.click();
			assertThat(page.locator("h1")).hasText(DemoSeeder.EXPERIMENT.name());
			assertThat(page.locator("#status")).hasText("Running");
			assertThat(page.locator("table.report tr[data-arm=with] td").first()).not().hasText("0");
			assertThat(page.locator("table.report tr[data-arm=holdout] td").first()).not().hasText("0");
			assertThat(page.locator("ul.verdicts li").first()).isVisible();
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("demo-experiment.png"))
				.setFullPage(true));
		}
	}

}
