package dev.doorstep.console;

import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.Chromium;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import dev.doorstep.webhook.WebhookSignatures;
import dev.doorstep.webhook.internal.WebhookDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An owner in real Chromium adds a subscription, copies its secret, sends a test event
 * and reads the delivery log; screenshots under
 * {@code target/screenshots/console-webhook*.png}.
 */
@DoorstepIntegrationTest
class WebhookConsoleBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	private static final String PASSWORD = "webhook browser password";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	WebhookDispatcher dispatcher;

	@Test
	void anOwnerSubscribesTestsAndReadsTheLog() {
		WireMockServer crm = new WireMockServer(wireMockConfig().dynamicPort());
		crm.start();
		try {
			crm.stubFor(post(urlEqualTo("/doorstep")).inScenario("crm")
				.whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
				.willReturn(aResponse().withStatus(503))
				.willSetStateTo("up"));
			crm.stubFor(post(urlEqualTo("/doorstep")).inScenario("crm")
				.whenScenarioStateIs("up")
				.willReturn(aResponse().withStatus(204)));
			TestShops.TestShop shop = this.shops.create("Webhook Browser Shop");
			String email = "owner-" + UUID.randomUUID() + "@webhooks.test";
			this.users.grant(shop.shop().id(), this.users.ensureUser(email, "Olivia Owner", PASSWORD), ShopRole.OWNER);
			String base = "http://localhost:" + this.port;
			try (BrowserContext context = CHROMIUM.browser()
				.newContext(new Browser.NewContextOptions().setLocale("en-US")
					.setTimezoneId("UTC")
					.setViewportSize(1360, 860))) {
				Page page = context.newPage();
				page.navigate(base + "/login");
				page.getByLabel("Email").fill(email);
				page.getByLabel("Password").fill(PASSWORD);
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webhooks").setExact(true)).click();
				assertThat(page).hasURL(base + "/console/webhooks");
				page.getByLabel("URL").fill(crm.baseUrl() + "/doorstep");
				page.getByLabel("Event types").fill("return.*, claim.opened");
				page.getByLabel("Description").fill("CRM");
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add subscription")).click();
				assertThat(page.getByRole(AriaRole.ALERT)).containsText("shown only this once");
				String secret = page.getByLabel("Signing secret").inputValue();
				org.assertj.core.api.Assertions.assertThat(secret).startsWith("whsec_");
				shot(page, "secret");

				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Done")).click();
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send test event")).click();
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("webhook.test event is on its way");
				this.dispatcher.dispatchDue();
				page.reload();
				assertThat(page.locator("#webhook-deliveries tbody tr")).hasCount(1);
				assertThat(page.locator("#webhook-deliveries tbody")).containsText("Pending");
				page.locator("#webhook-deliveries summary").first().click();
				assertThat(page.locator("ol.attempts li")).containsText("answered 503");
				shot(page, "log");

				// The replay goes out at once and the endpoint is back.
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send again")).last().click();
				this.dispatcher.dispatchDue();
				page.reload();
				assertThat(page.locator("#webhook-deliveries tbody tr")).hasCount(2);
				assertThat(page.locator("#webhook-deliveries tbody tr").first()).containsText("Delivered");
				var request = crm.findAll(postRequestedFor(urlEqualTo("/doorstep"))).getLast();
				org.assertj.core.api.Assertions
					.assertThat(WebhookSignatures.verify(secret, request.getHeader(WebhookSignatures.HEADER),
							request.getBody(), java.time.Instant.now(), WebhookSignatures.DEFAULT_TOLERANCE))
					.isTrue();

				page.navigate(base + "/console/webhooks");
				assertThat(page.locator("#webhook-subscriptions")).containsText("return.*, claim.opened");
				assertThat(page.locator("main")).not().containsText(secret);
				shot(page, "list");
			}
		}
		finally {
			crm.stop();
		}
	}

	private static void shot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("console-webhook-" + name + ".png"))
			.setFullPage(true));
	}

}
