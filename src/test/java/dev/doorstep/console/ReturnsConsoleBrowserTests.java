package dev.doorstep.console;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.doorstep.order.OrderId;
import dev.doorstep.returns.NewReturn;
import dev.doorstep.returns.Resolution;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.returns.ReturnStatus;
import dev.doorstep.returns.Returns;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.Chromium;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An owner in real Chromium finds a return in the queue, looks at the shopper's photo,
 * approves it, receives it with an inspection, resolves it with a lower refund and
 * confirms the refund; screenshots under
 * {@code target/screenshots/console-returns-*.png}.
 */
@DoorstepIntegrationTest
class ReturnsConsoleBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	private static final String PASSWORD = "returns browser password";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	Returns returns;

	@Test
	void anOwnerProcessesAReturnFromTheQueueToTheRefund() throws Exception {
		TestShops.TestShop shop = this.shops.create("Returns Browser Shop");
		ShopId shopId = shop.shop().id();
		this.returns.savePolicy(shopId, ReturnsConsoleTests.policy());
		Map<String, Object> order = Fixtures.order("rcb-" + UUID.randomUUID(), "RB-1001");
		order.put("placedAt", Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
		OrderId orderId = new OrderId(
				UUID.fromString(new ApiClient(this.port, shop.apiKey()).post("/api/v1/orders", order).text("/id")));
		Returns.CreateResult created = this.returns.create(shopId, orderId,
				new NewReturn(
						List.of(new NewReturn.Line("JKT-1", 1, ReturnReason.TOO_SMALL, "Sleeves too short",
								Resolution.REFUND, null, List.of()),
								new NewReturn.Line("SOCK-3", 1, ReturnReason.DAMAGED, null, Resolution.REFUND, null,
										List.of(new NewReturn.Photo(ReturnsConsoleTests.png())))),
						ReturnMethod.PRINTED_LABEL, null, null, Locale.GERMAN));
		ReturnRequest request = ((Returns.CreateResult.Created) created).request();
		String email = "owner-" + UUID.randomUUID() + "@returns.test";
		this.users.grant(shopId, this.users.ensureUser(email, "Rita Returns", PASSWORD), ShopRole.OWNER);
		String base = "http://localhost:" + this.port;

		try (BrowserContext context = CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setLocale("en-US")
				.setTimezoneId("UTC")
				.setViewportSize(1360, 900))) {
			Page page = context.newPage();
			page.navigate(base + "/login");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill(PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Returns").setExact(true)).click();
			assertThat(page).hasURL(base + "/console/returns");
			assertThat(page.locator("#returns-queue tbody tr")).hasCount(1);
			assertThat(page.locator("#returns-queue")).containsText("RB-1001");
			assertThat(page.locator("#returns-queue")).containsText("Damaged");
			shot(page, "queue");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(request.rma())).click();
			assertThat(page.locator("h1")).containsText(request.rma());
			assertThat(page.locator("#return-items")).containsText("Sleeves too short");
			// The shopper's photo is served by the console and decodes as an image.
			page.waitForFunction(
					"() => { const img = document.querySelector('.return-photos img'); return img && img.complete && img.naturalWidth > 0; }");
			Object photoWidth = page.locator(".return-photos img").first().evaluate("img => img.naturalWidth");
			org.assertj.core.api.Assertions.assertThat(photoWidth).isEqualTo(8);
			shot(page, "detail");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve return")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("approved");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download label (PDF)")))
				.isVisible();

			page.getByLabel("Condition of Wool socks").selectOption("DAMAGED");
			page.getByLabel("Restock Wool socks").uncheck();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark received")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("received");
			assertThat(page.locator("#return-items")).containsText("1 received · Damaged");
			shot(page, "received");

			String estimate = page.getByLabel("Refund (EUR)").inputValue();
			org.assertj.core.api.Assertions.assertThat(new java.math.BigDecimal(estimate))
				.isGreaterThan(new java.math.BigDecimal("130"));
			page.getByLabel("Refund (EUR)").fill("129.00");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve return")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("resolved");

			assertThat(page.getByLabel("Amount paid back (EUR)")).hasValue("129.00");
			page.getByLabel("Payment reference").fill("PSP-2026-0042");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm refund")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("refund is recorded");
			assertThat(page.locator("h1 .badge")).hasText("Refunded");
			assertThat(page.locator("#return-history")).containsText("PSP-2026-0042");
			shot(page, "refunded");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Returns").setExact(true))
				.first()
				.click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Return policy")).click();
			assertThat(page.getByLabel("Return window (days)")).hasValue("30");
			shot(page, "policy");
		}

		ReturnRequest done = this.returns.find(shopId, request.id()).orElseThrow();
		org.assertj.core.api.Assertions.assertThat(done.status()).isEqualTo(ReturnStatus.REFUNDED);
		org.assertj.core.api.Assertions.assertThat(done.refundIssued()).isEqualByComparingTo("129.00");
		org.assertj.core.api.Assertions.assertThat(done.lines().get(1).condition())
			.isEqualTo(ReturnRequest.Condition.DAMAGED);
		org.assertj.core.api.Assertions.assertThat(done.lines().get(1).restock()).isFalse();
		org.assertj.core.api.Assertions.assertThat(done.lines().get(0).restock()).isTrue();
	}

	private static void shot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("console-returns-" + name + ".png"))
			.setFullPage(true));
	}

}
