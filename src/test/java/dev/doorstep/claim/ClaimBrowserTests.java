package dev.doorstep.claim;

import java.awt.Color;
import java.time.Duration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.support.Chromium;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filing each claim type from a tracking page in real Chromium, without JavaScript, as a
 * phone and as a desktop, in English and German. Screenshots land in
 * {@code target/screenshots/claim-*.png}.
 */
@DoorstepIntegrationTest
class ClaimBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shipments shipments;

	@Autowired
	Claims claims;

	private Page open(BrowserContext context) {
		return context.newPage();
	}

	private BrowserContext context(int width, String language) {
		return CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(width, 900)
				.setJavaScriptEnabled(false)
				.setLocale(language)
				.setExtraHTTPHeaders(java.util.Map.of("Accept-Language", language)));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("claim-" + name + ".png")));
	}

	private static void assertNoHorizontalScrolling(Page page) {
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
	}

	@Test
	void filesADamagedParcelWithPhotosOnAPhoneAndFixesTheMissingPhotoFirst() {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Browser damaged")
			.delivered(Duration.ofDays(1));
		try (BrowserContext context = context(390, "en")) {
			Page page = open(context);
			page.navigate(url("/t/" + scenario.token()));
			assertThat(page.locator("#actions").innerText()).contains("Report a problem",
					"You can report: Parcel damaged, Items missing, Delivered but not received");
			screenshot(page, "tracking-action");
			page.getByText("Report a problem").click();

			assertThat(page.locator("h1").innerText()).isEqualTo("Report a problem with your parcel");
			assertThat(page.locator("#type-LOST").isDisabled()).isTrue();
			assertThat(page.locator("label[for=type-LOST]").innerText())
				.contains("The carrier reports the parcel as delivered.");
			page.locator("#type-DAMAGED").check();
			page.getByLabel("Rain jacket").fill("1");
			page.locator("#description").fill("The zip of the jacket is torn off.");
			assertNoHorizontalScrolling(page);
			screenshot(page, "form");
			page.getByText("Send report").click();

			assertThat(page.locator("#photos-error").innerText()).isEqualTo("Add at least one photo.");
			assertThat(page.locator("#type-DAMAGED").isChecked()).isTrue();
			assertThat(page.locator("#description").inputValue()).isEqualTo("The zip of the jacket is torn off.");
			screenshot(page, "form-error");
			page.locator("#photos")
				.setInputFiles(new FilePayload[] {
						new FilePayload("zip.jpg", "image/jpeg", ClaimScenario.photo("jpeg", Color.ORANGE)),
						new FilePayload("box.png", "image/png", ClaimScenario.photo("png", Color.GRAY)) });
			page.getByText("Send report").click();

			assertThat(page.url()).contains("/c/").endsWith("filed=1");
			assertThat(page.locator(".done").innerText()).startsWith("Thank you.");
			assertThat(page.locator("#claim-status").innerText()).isEqualTo("Received – we are looking into it");
			assertNoHorizontalScrolling(page);
			screenshot(page, "status");
		}
		Claim claim = this.claims.list(scenario.shopId(), null, null).getFirst();
		assertThat(claim.type()).isEqualTo(ClaimType.DAMAGED);
		assertThat(claim.items()).containsExactly(new Claim.Item("JKT-1", "Rain jacket", 1));
		assertThat(claim.photos()).hasSize(2);
	}

	@Test
	void filesDeliveredButNotReceivedWithTheDeclarationInGermanOnADesktop() {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Browser not received")
			.delivered(Duration.ofDays(2));
		try (BrowserContext context = context(1024, "de")) {
			Page page = open(context);
			page.navigate(url("/t/" + scenario.token()));
			page.getByText("Problem melden").click();
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
			page.locator("#type-NOT_RECEIVED").check();
			page.locator("#declared").check();
			page.locator("#declaration").fill("Die Nachbarin Müller hat kein Paket angenommen.");
			screenshot(page, "form-de");
			page.getByText("Meldung senden").click();
			assertThat(page.locator("#claim-status").innerText()).isEqualTo("Eingegangen – wir kümmern uns darum");
			assertThat(page.locator(".eyebrow").innerText()).isEqualTo("Zugestellt, aber nicht erhalten");
			screenshot(page, "status-de");
		}
		Claim claim = this.claims.list(scenario.shopId(), null, null).getFirst();
		assertThat(claim.type()).isEqualTo(ClaimType.NOT_RECEIVED);
		assertThat(claim.declaration()).contains("Ich erkläre", "Die Nachbarin Müller hat kein Paket angenommen.");
	}

	@Test
	void filesMissingItemsAndThenSeesThatTypeAsAlreadyReported() {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Browser missing")
			.delivered(Duration.ofDays(1));
		try (BrowserContext context = context(390, "en")) {
			Page page = open(context);
			page.navigate(url("/t/" + scenario.token() + "/claim"));
			page.locator("#type-MISSING_ITEMS").check();
			page.getByLabel("Wool socks").fill("2");
			page.locator("#photos")
				.setInputFiles(new FilePayload("open-box.png", "image/png", ClaimScenario.photo("png", Color.WHITE)));
			page.getByText("Send report").click();
			assertThat(page.locator(".eyebrow").innerText()).isEqualTo("Items missing");
			String number = page.locator("h1").innerText().replace("Claim ", "");

			page.getByText("Back to tracking").click();
			assertThat(page.locator("#actions").innerText()).contains("Your claim " + number);
			page.navigate(url("/t/" + scenario.token() + "/claim"));
			assertThat(page.locator("#type-MISSING_ITEMS").isDisabled()).isTrue();
			assertThat(page.locator("label[for=type-MISSING_ITEMS]").innerText())
				.contains("You already reported this: claim " + number);
			screenshot(page, "already-reported");
		}
	}

	@Test
	void reportsAParcelTheCarrierLost() {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Browser lost").carrierLost();
		try (BrowserContext context = context(1024, "en")) {
			Page page = open(context);
			page.navigate(url("/t/" + scenario.token()));
			assertThat(page.locator("#actions").innerText()).contains("You can report: Parcel lost");
			page.getByText("Report a problem").click();
			assertThat(page.locator("#type-LOST").isChecked()).isTrue();
			assertThat(page.locator("label[for=type-LOST]").innerText())
				.contains("The carrier reports the parcel as lost.");
			page.getByText("Send report").click();
			assertThat(page.locator(".eyebrow").innerText()).isEqualTo("Parcel lost");
			assertThat(page.locator("ul.items").innerText()).contains("Rain jacket", "Wool socks");
			screenshot(page, "lost-status");
		}
	}

}
