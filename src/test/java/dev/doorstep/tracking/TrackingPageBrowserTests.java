package dev.doorstep.tracking;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.doorstep.shop.Shops;
import dev.doorstep.support.Chromium;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import dev.doorstep.tracking.internal.LookupLimiter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracking page and the look-up in real Chromium, as a phone and as a desktop, with
 * and without JavaScript. Screenshots land in {@code target/screenshots/}.
 */
@DoorstepIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingPageBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	/** A small SVG logo served in place of the shop's CDN, which tests cannot reach. */
	private static final String LOGO = """
			<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40">\
			<rect width="40" height="40" rx="8" fill="#111"/><path d="M10 28 20 10l10 18z" fill="#ffd400"/>\
			<text x="48" y="27" font-family="sans-serif" font-weight="700" font-size="17" fill="#111">Nordwind</text></svg>""";

	private static final String LOGO_URL = "https://cdn.nordwind.example/logo.svg";

	@LocalServerPort
	int port;

	@Autowired
	TestShops testShops;

	@Autowired
	Shops shops;

	@Autowired
	LookupLimiter limiter;

	@Autowired
	dev.doorstep.notification.Notifications notifications;

	@Autowired
	dev.doorstep.notification.Consents consents;

	TrackingScenario scenario;

	@BeforeEach
	void setUp() {
		this.limiter.reset();
		this.scenario = new TrackingScenario(this.port, this.testShops, this.shops, LOGO_URL);
	}

	/** A fresh browser profile that counts every request and serves the logo. */
	private record Session(BrowserContext context, Page page, List<String> requests) {
	}

	private Session open(int width, boolean javaScript, String acceptLanguage) {
		BrowserContext context = CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(width, 900)
				.setJavaScriptEnabled(javaScript)
				.setLocale(acceptLanguage)
				.setExtraHTTPHeaders(java.util.Map.of("Accept-Language", acceptLanguage)));
		context.route(LOGO_URL, route -> route.fulfill(
				new com.microsoft.playwright.Route.FulfillOptions().setContentType("image/svg+xml").setBody(LOGO)));
		Page page = context.newPage();
		List<String> requests = new ArrayList<>();
		page.onRequest(request -> requests.add(request.url()));
		return new Session(context, page, requests);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void showsTheTrackingPageInEnglishAndGermanOnAPhoneAndADesktop() {
		for (String lang : List.of("en", "de")) {
			for (int width : List.of(390, 1024)) {
				Session session = open(width, true, lang);
				Page page = session.page();
				page.navigate(url("/t/" + this.scenario.firstToken));
				page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

				assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
				assertThat(page.locator("h1").innerText()).isEqualTo(lang.equals("en") ? "On its way" : "Unterwegs");
				assertLandmarks(page);
				assertThat(page.locator("ol.timeline > li").count()).isEqualTo(2);
				assertThat(page.locator("img").getAttribute("alt")).contains("Nordwind Outfitters");
				assertThat((Boolean) page.evaluate("() => document.querySelector('img').naturalWidth > 0")).isTrue();
				assertThat(session.requests()).hasSizeLessThanOrEqualTo(5)
					.contains(LOGO_URL)
					.noneMatch(request -> request.endsWith("favicon.ico"));
				assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
					.as("no horizontal scrolling at %d px", width)
					.isTrue();
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(dev.doorstep.support.Browser.screenshotDir()
						.resolve("tracking-" + lang + (width < 500 ? "-mobile" : "") + ".png")));
				session.context().close();
			}
		}
	}

	@Test
	void looksUpAnOrderWithoutJavaScriptAndLandsOnItsNewestParcel() {
		for (String lang : List.of("en", "de")) {
			Session session = open(390, false, lang);
			Page page = session.page();
			page.navigate(url(this.scenario.lookupPath()));

			assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
			assertLandmarks(page);
			assertThat(page.locator("label[for=orderNumber]").count()).isEqualTo(1);
			assertThat(page.locator("label[for=contact]").count()).isEqualTo(1);
			page.getByLabel(lang.equals("en") ? "Order number" : "Bestellnummer").fill(this.scenario.orderNumber);
			page.getByLabel(lang.equals("en") ? "Email or postcode" : "E-Mail oder Postleitzahl")
				.fill(TrackingScenario.POSTCODE);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(dev.doorstep.support.Browser.screenshotDir()
					.resolve("lookup" + (lang.equals("en") ? "" : "-de") + ".png")));
			assertThat(session.requests()).hasSizeLessThanOrEqualTo(5);
			session.requests().clear();

			page.locator("form:not(.support-box) button[type=submit]").click();
			page.waitForURL("**/t/" + this.scenario.secondToken + "**");

			assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
			assertThat(page.locator("h1").innerText())
				.isEqualTo(lang.equals("en") ? "Waiting for the carrier" : "Wartet auf den Paketdienst");
			assertThat(page.locator("section[aria-labelledby=others] a").getAttribute("href"))
				.startsWith("/t/" + this.scenario.firstToken);
			// POST, redirect, page and logo.
			assertThat(session.requests()).hasSizeLessThanOrEqualTo(5);
			session.context().close();
		}
	}

	@Test
	void showsAFriendlyErrorForAWrongPair() {
		Session session = open(390, false, "en");
		Page page = session.page();
		page.navigate(url(this.scenario.lookupPath()));
		page.getByLabel("Order number").fill(this.scenario.orderNumber);
		page.getByLabel("Email or postcode").fill("nobody@example.com");
		page.locator("form:not(.support-box) button[type=submit]").click();

		assertThat(page.locator("[role=alert]").innerText()).contains("could not find an order");
		assertThat(page.getByLabel("Order number").inputValue()).isEmpty();
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("lookup-no-match.png")));
		session.context().close();
	}

	@Test
	void turnsOnSmsWithTheCodeFromTheTextMessageWithoutJavaScript() {
		Session session = open(390, false, "en");
		Page page = session.page();
		page.navigate(url("/t/" + this.scenario.firstToken));
		assertThat(page.locator("#push-slot").count()).isEqualTo(1);
		// A Messenger page is connected in tests: a plain link, no script needed.
		assertThat(page.locator("#messenger-slot a").getAttribute("href")).endsWith("/messenger");
		// With JavaScript off the push opt-in stays hidden; only its script tag is there
		// (and the support chat's and its hand-over's, whose forms work without them).
		assertThat(page.locator("#push-slot").isVisible()).isFalse();
		assertThat(page.locator("script").count()).isEqualTo(3);

		page.getByLabel("Mobile number").fill("+49 170 5550123");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Text me a code"))
			.click();
		page.waitForURL("**done=code-sent**");
		assertThat(page.locator("p.done[role=status]").innerText()).contains("We have sent you a code");
		String code = smsCode();

		page.getByLabel("Code from the text message").fill("000000".equals(code) ? "111111" : "000000");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Confirm and turn on SMS"))
			.click();
		assertThat(page.locator("#sms-code-error").innerText()).contains("This code is not correct");
		assertThat(page.getByLabel("Code from the text message").getAttribute("aria-invalid")).isEqualTo("true");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("tracking-sms-wrong-code.png")));

		page.getByLabel("Code from the text message").fill(code);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Confirm and turn on SMS"))
			.click();
		page.waitForURL("**done=sms-on**");

		assertThat(page.locator("p.done[role=status]").innerText()).contains("SMS updates are on");
		assertThat(page.locator("#pref-sms").isChecked()).isTrue();
		assertThat(this.consents.allows(this.scenario.shop.id(), "+491705550123", dev.doorstep.notification.Channel.SMS,
				dev.doorstep.notification.Topic.TRANSACTIONAL))
			.isTrue();
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		page.locator("#updates").scrollIntoViewIfNeeded();
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("tracking-sms-opt-in.png")));
		session.context().close();
	}

	/** The code as the dev mailbox shows the text message. */
	private String smsCode() {
		String text = this.notifications
			.messages(this.scenario.shop.id(),
					new dev.doorstep.order.OrderId(java.util.UUID.fromString(this.scenario.orderId)),
					dev.doorstep.notification.Channel.SMS, 10, 0)
			.stream()
			.filter(message -> message.trigger() == dev.doorstep.notification.Trigger.OPT_IN_CODE)
			.findFirst()
			.orElseThrow()
			.bodyText();
		java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\b([0-9]{6})\\b").matcher(text);
		assertThat(code.find()).isTrue();
		return code.group(1);
	}

	private static void assertLandmarks(Page page) {
		assertThat(page.locator("body > header").count()).isEqualTo(1);
		assertThat(page.locator("body > main").count()).isEqualTo(1);
		assertThat(page.locator("body > footer").count()).isEqualTo(1);
		assertThat(page.locator("nav[aria-label]").count()).isEqualTo(1);
		assertThat(page.locator("h1").count()).isEqualTo(1);
		assertThat(page.locator("meta[name=robots]").getAttribute("content")).isEqualTo("noindex");
	}

}
