package dev.doorstep.embed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.embed.internal.EmbedLimiter;
import dev.doorstep.embed.internal.EmbedTokens;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.support.Browser;
import dev.doorstep.support.Chromium;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widgets in real Chromium inside a plain third-party page: a shop's account page,
 * served from another origin (a JDK HTTP server on another port) under a strict CSP
 * (scripts and fetches from Doorstep only, no inline styles, Trusted Types), showing the
 * customer's orders and the thank-you block inside Shadow DOM. Screenshot:
 * {@code target/screenshots/embed-widgets.png}.
 */
@DoorstepIntegrationTest
class EmbedBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	DeliveryPromises promises;

	@Autowired
	EmbedLimiter limiter;

	@Autowired
	EmbedTokens tokens;

	HttpServer shopSite;

	volatile String page = "";

	@BeforeEach
	void shopSite() throws IOException {
		this.limiter.reset();
		this.shopSite = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.shopSite.createContext("/account", exchange -> {
			byte[] body = this.page.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.shopSite.start();
	}

	@AfterEach
	void stop() {
		this.shopSite.stop(0);
	}

	@Test
	void ordersAndThankYouBlockRenderInsideAThirdPartyPageUnderAStrictCsp() {
		String shopOrigin = "http://localhost:" + this.shopSite.getAddress().getPort();
		String doorstep = "http://localhost:" + this.port;
		EmbedScenario scenario = new EmbedScenario(this.port, this.shops, "Widget shop");
		assertThat(scenario.site(null, List.of(shopOrigin)).status()).isEqualTo(200);
		String shipped = scenario.order("W-100", scenario.email, "cust-" + UUID.randomUUID());
		String parcel = scenario.parcel(shipped).text("/id");
		String packing = scenario.order("W-101", scenario.email, null);
		// The delivery module predicts the window after the parcel is created.
		Awaitility.await()
			.until(() -> this.promises.forShipment(scenario.shop.shop().id(), new ShipmentId(UUID.fromString(parcel)))
				.isPresent());
		String token = scenario.token(Map.of("customerEmail", scenario.email));
		String thankYou = scenario.api.get("/api/v1/orders/" + packing).text("/thankYouUrl");
		String orderToken = thankYou.substring(thankYou.lastIndexOf('/') + 1);
		this.page = """
				<!doctype html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src %1$s; \
				connect-src %1$s; img-src %1$s https:; style-src 'none'; require-trusted-types-for 'script'">
				<title>My account – Widget shop</title>
				</head>
				<body>
				<h1>My account</h1>
				<doorstep-orders token="%2$s"></doorstep-orders>
				<div lang="de"><doorstep-orders id="de" token="%2$s"></doorstep-orders></div>
				<h1>Thank you for your order</h1>
				<doorstep-thank-you order-token="%3$s"></doorstep-thank-you>
				<script src="%1$s/embed/doorstep.js"></script>
				</body>
				</html>
				""".formatted(doorstep, token, orderToken);

		List<String> problems = new CopyOnWriteArrayList<>();
		try (BrowserContext context = CHROMIUM.browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(800, 1000))) {
			Page page = context.newPage();
			page.onConsoleMessage(message -> {
				if (message.type().equals("error") || message.text().contains("Content Security Policy")) {
					problems.add(message.text());
				}
			});
			page.onPageError(problems::add);
			page.navigate(shopOrigin + "/account");

			Locator orders = page.locator("doorstep-orders").first();
			orders.locator("article").first().waitFor();
			assertThat(orders.locator("h2").innerText()).isEqualTo("Your orders");
			assertThat(orders.locator("article").allInnerTexts()).hasSize(2);
			Locator w100 = orders.locator("article", new Locator.LocatorOptions().setHasText("Order W-100"));
			assertThat(w100.innerText()).contains("On its way").contains("DHL").containsPattern("Expected: ");
			Locator track = w100.getByRole(AriaRole.LINK);
			assertThat(track.innerText()).isEqualTo("Track parcel");
			assertThat(track.getAttribute("aria-label")).startsWith("Track parcel: DHL EMB");
			assertThat(track.getAttribute("href")).startsWith(doorstep + "/t/").endsWith("?lang=en");
			assertThat(orders.locator("article", new Locator.LocatorOptions().setHasText("Order W-101")).innerText())
				.contains("Not shipped yet");
			// German from the surrounding lang attribute.
			Locator german = page.locator("#de");
			german.locator("article").first().waitFor();
			assertThat(german.locator("h2").innerText()).isEqualTo("Ihre Bestellungen");
			assertThat(german.locator("section").innerText()).contains("Unterwegs").contains("Sendung verfolgen");

			Locator block = page.locator("doorstep-thank-you .doorstep-thank-you");
			block.waitFor();
			assertThat(block.locator("h2").innerText()).isEqualTo("What happens next");
			assertThat(block.innerText()).contains("We are packing your order W-101");

			// Rendered inside Shadow DOM: nothing in the page's own DOM, styled by the
			// widget's constructed stylesheet (the CSP forbids every inline style).
			assertThat((Boolean) page.evaluate(
					"""
							() => [...document.querySelectorAll('doorstep-orders, doorstep-thank-you')]
							  .every(e => e.shadowRoot && e.children.length === 0 && e.shadowRoot.adoptedStyleSheets.length === 1)
							"""))
				.isTrue();
			assertThat((String) page.evaluate("""
					() => getComputedStyle(document.querySelector('doorstep-orders').shadowRoot
					  .querySelector('.order')).borderTopStyle""")).isEqualTo("solid");
			assertThat(page.locator("doorstep-orders").first().getAttribute("aria-busy")).isEqualTo("false");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.screenshotDir().resolve("embed-widgets.png")));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void anExpiredTokenAsksThePageForANewOneAndTheListReloads() throws Exception {
		EmbedScenario scenario = new EmbedScenario(this.port, this.shops, "Widget expiry shop");
		String shopOrigin = "http://localhost:" + this.shopSite.getAddress().getPort();
		scenario.site(null, List.of(shopOrigin));
		scenario.order("R-1", scenario.email, null);
		String expired = this.tokens
			.issue(scenario.shop.shop().id(), null, Orders.emailKey(scenario.email), Duration.ofSeconds(1))
			.token();
		Thread.sleep(2100);
		this.page = """
				<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Account</title></head><body>
				<doorstep-orders token="%2$s"></doorstep-orders>
				<script>document.addEventListener('doorstep-token-expired', () => document.title = 'expired');</script>
				<script src="%1$s/embed/doorstep.js"></script></body></html>
				""".formatted("http://localhost:" + this.port, expired);

		try (BrowserContext context = CHROMIUM.browser().newContext()) {
			Page page = context.newPage();
			page.navigate(shopOrigin + "/account");

			Locator alert = page.locator("doorstep-orders [role=alert]");
			alert.waitFor();
			assertThat(alert.innerText()).isEqualTo("Your session has ended. Please reload the page.");
			page.waitForCondition(() -> page.title().equals("expired"));

			String fresh = scenario.token(Map.of("customerEmail", scenario.email));
			page.evaluate("token => document.querySelector('doorstep-orders').setAttribute('token', token)", fresh);
			page.locator("doorstep-orders article").first().waitFor();
			assertThat(page.locator("doorstep-orders article").innerText()).contains("Order R-1");
		}
	}

	@Test
	void anOriginTheShopDidNotAllowSeesNothing() {
		EmbedScenario scenario = new EmbedScenario(this.port, this.shops, "Widget closed shop");
		String shopOrigin = "http://localhost:" + this.shopSite.getAddress().getPort();
		scenario.order("Z-1", scenario.email, null);
		String token = scenario.token(Map.of("customerEmail", scenario.email));
		this.page = """
				<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elsewhere</title></head><body>
				<doorstep-orders token="%2$s"></doorstep-orders>
				<script src="%1$s/embed/doorstep.js"></script></body></html>
				""".formatted("http://localhost:" + this.port, token);

		try (BrowserContext context = CHROMIUM.browser().newContext()) {
			Page page = context.newPage();
			page.navigate(shopOrigin + "/account");

			Locator alert = page.locator("doorstep-orders [role=alert]");
			alert.waitFor();
			assertThat(alert.innerText()).isEqualTo("Your orders could not be loaded. Please try again later.");
			assertThat(page.locator("doorstep-orders article").count()).isZero();
		}
		assertThat(URI.create(shopOrigin).getPort()).isNotEqualTo(this.port);
	}

}
