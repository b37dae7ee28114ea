package dev.doorstep.support;

import java.time.Duration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.doorstep.claim.ClaimScenario;
import dev.doorstep.shipment.Shipments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The question box on the tracking page in real Chromium: with JavaScript it is a chat
 * (the answer appears on the same page, "did you mean" buttons ask again), without it the
 * form post answers with a page. Screenshots land in
 * {@code target/screenshots/support-*.png}.
 */
@DoorstepIntegrationTest
class SupportChatBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shipments shipments;

	private BrowserContext context(boolean javaScript, String language) {
		return CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 900)
				.setJavaScriptEnabled(javaScript)
				.setLocale(language)
				.setExtraHTTPHeaders(java.util.Map.of("Accept-Language", language)));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("support-" + name + ".png")));
	}

	@Test
	void chatsOnTheTrackingPageWithJavaScript() {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Support chat")
			.delivered(Duration.ofHours(6));
		try (BrowserContext context = context(true, "en")) {
			Page page = context.newPage();
			page.navigate(url("/t/" + scenario.token() + "?lang=en"));
			String trackingUrl = page.url();
			page.locator("#support-question").fill("it says delivered but i dont have it");
			page.locator("form.support-box button[type=submit]").click();
			page.locator(".support-log li.assistant").first().waitFor();
			// Still the tracking page: the chat answered in place.
			assertThat(page.url()).isEqualTo(trackingUrl);
			String answer = page.locator(".support-log li.assistant").first().innerText();
			assertThat(answer).contains("was delivered on", "Left with a neighbour", scenario.orderNumber);
			assertThat(page.locator(".support-log a[data-kind=FILE_CLAIM]").count()).isEqualTo(1);
			assertThat(page.locator(".support-log li.you").first().innerText())
				.contains("it says delivered but i dont have it");
			page.locator(".support-log").scrollIntoViewIfNeeded();
			screenshot(page, "chat-tracking-en");

			page.locator("#support-question").fill("asdf qwer");
			page.locator("form.support-box button[type=submit]").click();
			page.locator(".support-log li.assistant").nth(1).waitFor();
			page.locator(".support-log li.assistant").nth(1).locator("button").first().click();
			page.locator(".support-log li.assistant").nth(2).waitFor();
			assertThat(page.locator(".support-log li.assistant").count()).isEqualTo(3);
			screenshot(page, "chat-ask-back-en");
		}
	}

	@Test
	void answersWithAPageWithoutJavaScript() {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Support nojs")
			.delivered(Duration.ofHours(6));
		try (BrowserContext context = context(false, "de")) {
			Page page = context.newPage();
			page.navigate(url("/t/" + scenario.token() + "?lang=de"));
			page.locator("#support-question").fill("paket kam kaputt an");
			page.locator("form.support-box button[type=submit]").click();
			page.waitForURL("**/t/" + scenario.token() + "/ask");
			assertThat(page.locator(".support-answer").innerText()).contains("paket kam kaputt an",
					"Paket und Verpackung");
			screenshot(page, "answer-nojs-de");
		}
	}

}
