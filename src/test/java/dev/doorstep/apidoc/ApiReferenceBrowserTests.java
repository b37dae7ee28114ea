package dev.doorstep.apidoc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.Chromium;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API reference in real Chromium: reached from the console's navigation, styled under
 * its strict Content-Security-Policy, an endpoint found through the table of contents and
 * its problem responses followed to the Problem schema. Screenshots land in
 * {@code target/screenshots/apidoc-*.png}.
 */
@DoorstepIntegrationTest
class ApiReferenceBrowserTests {

	private static final String PASSWORD = "correct horse battery staple";

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Test
	void consoleLinksToTheReferenceWhichFindsAnEndpointAndItsProblems() {
		String email = "api-reader-" + UUID.randomUUID() + "@console.test";
		this.users.grant(this.shops.create("API reference shop").shop().id(),
				this.users.ensureUser(email, "Ada Reader", PASSWORD), ShopRole.OWNER);
		String base = "http://localhost:" + this.port;
		try (BrowserContext context = CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en"))) {
			Page page = context.newPage();
			List<String> policyViolations = new ArrayList<>();
			page.onConsoleMessage(message -> {
				if (message.text().contains("Content Security Policy")) {
					policyViolations.add(message.text());
				}
			});

			page.navigate(base + "/console");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill(PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			assertThat(page).hasURL(base + "/console/orders");
			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Console"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("API reference"))
				.click();

			assertThat(page).hasURL(base + "/api/docs");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.containsText("Doorstep API");
			// The stylesheet loaded under default-src 'none'; style-src 'self'.
			assertThat(page.locator(".topbar")).hasCSS("background-color", "rgb(22, 38, 61)");
			shot(page, "overview");

			Locator toc = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Endpoints"));
			toc.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Place an order")).click();
			assertThat(page).hasURL(base + "/api/docs#op-post-api-v1-orders");
			Locator place = page.locator("#op-post-api-v1-orders");
			assertThat(place).isInViewport();
			assertThat(place.locator(".verb")).hasText("POST");
			assertThat(place.locator(".path")).hasText("/api/v1/orders");
			assertThat(place).containsText("OrderRequest");
			Locator unauthorized = place.locator("tr", new Locator.LocatorOptions().setHasText("401"));
			assertThat(unauthorized).containsText("application/problem+json");
			shot(page, "endpoint");

			unauthorized.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Problem")).click();
			Locator problem = page.locator("#schema-problem");
			assertThat(problem).isInViewport();
			for (String field : List.of("type", "title", "status", "detail", "instance", "errors")) {
				assertThat(problem.locator("tbody code", new Locator.LocatorOptions().setHasText(field)).first())
					.isVisible();
			}
			shot(page, "problem");
			assertThat(policyViolations).isEmpty();
		}
	}

	private static void shot(Page page, String name) {
		Path file = dev.doorstep.support.Browser.screenshotDir().resolve("apidoc-" + name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file));
	}

}
