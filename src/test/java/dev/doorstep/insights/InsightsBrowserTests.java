package dev.doorstep.insights;

import java.math.BigDecimal;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.doorstep.feedback.DeliveryRated;
import dev.doorstep.feedback.NpsAnswered;
import dev.doorstep.insights.InsightsScenario.Line;
import dev.doorstep.order.Order;
import dev.doorstep.returns.RefundRequested;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnQuote;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.ReturnRequested;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.Chromium;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import dev.doorstep.tracking.TrackingPagesViewed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.doorstep.insights.InsightsScenario.date;
import static dev.doorstep.insights.InsightsScenario.day;

/**
 * A shop member opens the insights dashboard in real Chromium: every chart is drawn,
 * figures are in the shop's locale, filters narrow the report and a chart's CSV
 * downloads; screenshot {@code target/screenshots/insights-dashboard.png}.
 */
@DoorstepIntegrationTest
class InsightsBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	private static final String PASSWORD = "insights browser password";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	InsightsScenario.Factory scenarios;

	@Test
	void theDashboardDrawsEveryChartAndExportsItsData() {
		TestShops.TestShop shop = this.shops.create("Insights Browser Shop");
		ShopId id = shop.shop().id();
		InsightsScenario s = this.scenarios.of(id);
		Order first = s.order("hanna@example.com", "DE", day(-60), new Line("JKT-1", "jackets", 2));
		s.order("hanna@example.com", "DE", day(-50), new Line("=SUM(A1)", "jackets", 1));
		Order french = s.order("luc@example.com", "FR", day(-45), new Line("JKT-1", "jackets", 1));
		Shipment parcel = s.parcel(first, "dhl", day(-59), date(-57), day(-57));
		s.parcel(french, "dpd", day(-44), date(-41), day(-40));
		UUID returnId = UUID.randomUUID();
		s.publish(
				new ReturnRequested(id, returnId, first.id(), "RMA-B1", ReturnMethod.QR_DROP_OFF,
						java.util.List.of(new ReturnRequested.Item("JKT-1", "jackets", 1, new BigDecimal("1234.50"),
								ReturnReason.TOO_LARGE, dev.doorstep.returns.Resolution.REFUND)),
						new ReturnQuote("EUR", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
								BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, true),
						day(-55)),
				new RefundRequested(id, returnId, first.id(), "RMA-B1", new BigDecimal("1234.50"), BigDecimal.ZERO,
						BigDecimal.ZERO, "EUR", day(-54)),
				new DeliveryRated(id, first.id(), parcel.id(), 4, day(-56)),
				new DeliveryRated(id, french.id(), null, 5, day(-39)), new NpsAnswered(id, first.id(), 9, day(-56)),
				new TrackingPagesViewed(id, day(-58), day(-58).plusSeconds(15), java.util.List
					.of(new TrackingPagesViewed.ParcelViews(parcel.id(), parcel.orderId(), 3, day(-58)))));
		s.awaitListener();
		String email = "analyst-" + UUID.randomUUID() + "@insights.test";
		this.users.grant(id, this.users.ensureUser(email, "Ada Analyst", PASSWORD), ShopRole.OWNER);
		String base = "http://localhost:" + this.port;

		try (BrowserContext context = CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setLocale("en-US")
				.setTimezoneId("UTC")
				.setViewportSize(1400, 1000))) {
			Page page = context.newPage();
			page.navigate(base + "/login");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill(PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Insights").setExact(true)).click();
			page.getByLabel("From").fill(date(-90).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();

			assertThat(page.locator("h1")).hasText("Insights");
			assertThat(page.locator("#tile-refunds .kpi-value")).hasText("€1,234.50");
			assertThat(page.locator("#tile-csat .kpi-value")).hasText("4.5");
			assertThat(page.locator("#tile-repurchase-30 .kpi-value")).hasText("50.0%");
			assertThat(page.locator("#tile-on-time .kpi-value")).hasText("50.0%");
			assertThat(page.locator("#chart-csat canvas[data-rendered=true]")).hasCount(1);
			assertThat(page.locator("#chart-transit canvas[data-rendered=true]")).hasCount(1);
			assertThat(page.locator("#chart-refunds canvas[data-rendered=true]")).hasCount(1);
			assertThat(page.locator("#chart-returns-by-product canvas[data-rendered=true]")).hasCount(1);
			assertThat(page.locator("#chart-tracking-visits canvas[data-rendered=true]")).hasCount(1);
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("insights-dashboard.png"))
				.setFullPage(true));

			String csvLink = page.locator("#chart-returns-by-product a.csv").getAttribute("href");
			APIResponse csv = context.request().get(base + csvLink);
			org.assertj.core.api.Assertions.assertThat(csv.status()).isEqualTo(200);
			org.assertj.core.api.Assertions.assertThat(csv.headers().get("content-type")).startsWith("text/csv");
			org.assertj.core.api.Assertions.assertThat(csv.text())
				.startsWith("SKU,Return rate (%),Units sold,Units returned\r\n")
				.contains("JKT-1,")
				.contains("\"'=SUM(A1)\",0,1,0");

			page.locator("#country").selectOption("FR");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
			assertThat(page.locator("#tile-on-time .kpi-value")).hasText("0.0%");
			assertThat(page.locator("#tile-refunds .kpi-value")).hasText("€0.00");
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("insights-dashboard-france.png"))
				.setFullPage(true));
		}
	}

}
