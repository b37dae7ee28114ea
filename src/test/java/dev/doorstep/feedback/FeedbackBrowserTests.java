package dev.doorstep.feedback;

import java.awt.Color;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.doorstep.claim.ClaimScenario;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Journeys;
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
 * Leaving a review in real Chromium without JavaScript: on a phone in English (a wrong
 * file first, then a photo), on a desktop in German, and the delivery rating from the
 * tracking page. Screenshots land in {@code target/screenshots/feedback-*.png}.
 */
@DoorstepIntegrationTest
class FeedbackBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shipments shipments;

	@Autowired
	ReviewRequests requests;

	@Autowired
	Reviews reviews;

	@Autowired
	Journeys journeys;

	@Autowired
	Consents consents;

	@Autowired
	dev.doorstep.shop.ConsoleUsers users;

	private BrowserContext context(int width, String language) {
		return CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(width, 900)
				.setJavaScriptEnabled(false)
				.setLocale(language)
				.setExtraHTTPHeaders(Map.of("Accept-Language", language)));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("feedback-" + name + ".png")));
	}

	private static void assertNoHorizontalScrolling(Page page) {
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
	}

	private FeedbackScenario scenario() {
		return new FeedbackScenario(this.port, this.shops, this.shipments, this.requests,
				List.of("apparel", "skin care"), 1);
	}

	@Test
	void leavesAReviewWithAPhotoOnAPhoneAfterAWrongFile() {
		FeedbackScenario scenario = scenario();
		String token = scenario.sent(this.journeys, this.consents);
		try (BrowserContext context = context(390, "en")) {
			Page page = context.newPage();
			page.navigate(url("/f/" + token));
			assertThat(page.locator("h1").innerText()).isEqualTo("How did we do?");
			page.locator("label[for=stars-0-5]").click();
			page.locator("#text-0").fill("Light, warm and it really keeps the rain out.");
			page.locator("#photo-0").setInputFiles(new FilePayload("notes.txt", "text/plain", "hello".getBytes()));
			page.locator("label[for=stars-1-4]").click();
			page.locator("label[for=csat-5]").click();
			page.locator("label[for=nps-9]").click();
			assertNoHorizontalScrolling(page);
			screenshot(page, "review");
			page.getByText("Send", new Page.GetByTextOptions().setExact(true)).click();

			assertThat(page.locator("#photo-0-error").innerText())
				.isEqualTo("This file is not a JPEG, PNG or WebP image.");
			assertThat(page.locator("#stars-0-5").isChecked()).isTrue();
			assertThat(page.locator("#text-0").inputValue()).isEqualTo("Light, warm and it really keeps the rain out.");
			screenshot(page, "review-error");
			page.locator("#photo-0")
				.setInputFiles(new FilePayload("jacket.jpg", "image/jpeg", ClaimScenario.photo("jpeg", Color.BLUE)));
			page.getByText("Send", new Page.GetByTextOptions().setExact(true)).click();

			assertThat(page.url()).endsWith("/f/" + token + "/thanks?lang=en");
			assertThat(page.locator("h1").innerText()).isEqualTo("Thank you!");
			assertNoHorizontalScrolling(page);
			screenshot(page, "thanks");
		}
		Reviews.ReviewPage page = this.reviews.page(token).orElseThrow();
		assertThat(page.reviews().get("ITEM-0").stars()).isEqualTo(5);
		assertThat(page.reviews().get("ITEM-0").photoType()).isEqualTo("image/jpeg");
		assertThat(page.reviews().get("ITEM-1").stars()).isEqualTo(4);
		assertThat(page.csat()).isEqualTo(5);
		assertThat(page.nps()).isEqualTo(9);
	}

	@Test
	void leavesAReviewInGermanOnADesktopAndChangesIt() {
		FeedbackScenario scenario = scenario();
		String token = scenario.sent(this.journeys, this.consents);
		try (BrowserContext context = context(1024, "de")) {
			Page page = context.newPage();
			page.navigate(url("/f/" + token));
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
			assertThat(page.locator("h1").innerText()).isEqualTo("Wie zufrieden sind Sie?");
			page.locator("label[for=stars-1-3]").click();
			page.locator("#text-1").fill("Zieht gut ein, riecht etwas stark.");
			page.locator("label[for=csat-4]").click();
			screenshot(page, "review-de");
			page.getByText("Senden", new Page.GetByTextOptions().setExact(true)).click();
			assertThat(page.locator("h1").innerText()).isEqualTo("Vielen Dank!");
			screenshot(page, "thanks-de");

			page.getByText("Antworten ändern").click();
			assertThat(page.locator("#stars-1-3").isChecked()).isTrue();
			page.locator("label[for=stars-1-4]").click();
			page.getByText("Senden", new Page.GetByTextOptions().setExact(true)).click();
			assertThat(page.locator("h1").innerText()).isEqualTo("Vielen Dank!");
		}
		Reviews.ReviewPage page = this.reviews.page(token).orElseThrow();
		assertThat(page.reviews()).containsOnlyKeys("ITEM-1");
		assertThat(page.reviews().get("ITEM-1").stars()).isEqualTo(4);
		assertThat(page.reviews().get("ITEM-1").text()).isEqualTo("Zieht gut ein, riecht etwas stark.");
	}

	@Test
	void ratesTheDeliveryFromTheTrackingPage() {
		FeedbackScenario scenario = scenario().delivered(java.time.Duration.ofHours(2));
		String parcel = this.shipments.get(scenario.shopId(), scenario.parcels.getFirst()).publicToken();
		try (BrowserContext context = context(390, "en")) {
			Page page = context.newPage();
			page.navigate(url("/t/" + parcel));
			page.getByText("How was your delivery?").click();
			page.locator("label[for=csat-4]").click();
			page.locator("#comment").fill("Left with a neighbour, all fine.");
			screenshot(page, "csat");
			page.getByText("Send", new Page.GetByTextOptions().setExact(true)).click();
			assertThat(page.locator("[role=status]").innerText())
				.isEqualTo("You rated this delivery 4 of 5. Thank you!");
			screenshot(page, "csat-done");
		}
		assertThat(this.reviews.parcelRating(this.shipments.get(scenario.shopId(), scenario.parcels.getFirst())))
			.contains(4);
	}

	@Test
	void theMerchantApprovesAndRepliesInTheConsole() {
		FeedbackScenario scenario = scenario();
		String token = scenario.sent(this.journeys, this.consents);
		this.reviews.submit(token, new Reviews.Submission(List.of(new Reviews.ItemAnswer("ITEM-0", 4,
				"Warm, a bit short in the arms.", ClaimScenario.photo("png", Color.ORANGE))), null, null, null));
		String email = "reviews-" + java.util.UUID.randomUUID() + "@example.com";
		java.util.UUID user = this.users.ensureUser(email, "Rita Reviewer", "reviews-browser-password");
		this.users.grant(scenario.shopId(), user, dev.doorstep.shop.ShopRole.AGENT);
		try (BrowserContext context = context(1280, "en")) {
			Page page = context.newPage();
			page.navigate(url("/console/reviews"));
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill("reviews-browser-password");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Sign in"))
				.click();
			page.navigate(url("/console/reviews"));
			assertThat(page.locator("#reviews").innerText()).contains("Warm, a bit short in the arms.", "Pending");
			page.locator("#reviews .approve").click();
			assertThat(page.locator(".alert-success").innerText()).isEqualTo("Approved: the review is public.");
			page.locator("#reviews textarea[name=reply]").fill("Thanks! The tall fit has longer arms.");
			page.locator("#reviews .reply-button").click();
			assertThat(page.locator("#reviews .reply").innerText()).isEqualTo("Thanks! The tall fit has longer arms.");
			screenshot(page, "console");
		}
		assertThat(this.reviews.approved(scenario.shopId(), "ITEM-0")).singleElement()
			.satisfies(review -> assertThat(review.reply()).isEqualTo("Thanks! The tall fit has longer arms."));
	}

}
