package dev.doorstep.returns;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.zxing.BarcodeFormat;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import dev.doorstep.returns.label.Address;
import dev.doorstep.returns.label.LabelScans;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.Chromium;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import dev.doorstep.tracking.internal.LookupLimiter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper returns and exchanges items end to end in real Chromium without JavaScript:
 * in English straight from the tracking page (an exchange for another size with a printed
 * label), in German through the look-up (a damaged item with a photo, label-less QR
 * code). Screenshots of every step land in {@code target/screenshots/}.
 */
@DoorstepIntegrationTest
class ReturnsPortalBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Returns returns;

	@Autowired
	LookupLimiter limiter;

	TestShops.TestShop shop;

	ApiClient api;

	String orderNumber;

	String trackingPath;

	@BeforeEach
	void deliveredOrderWithVariants() {
		this.limiter.reset();
		this.shop = this.shops.create("Portal Shop");
		this.api = new ApiClient(this.port, this.shop.apiKey());
		ReturnPolicy d = ReturnPolicy.defaults();
		this.returns.savePolicy(this.shop.shop().id(),
				new ReturnPolicy(30, Map.of(), Set.of(), List.of(),
						EnumSet.of(ReturnMethod.QR_DROP_OFF, ReturnMethod.PRINTED_LABEL, ReturnMethod.STORE_DROP_OFF),
						Map.of(ReturnMethod.PRINTED_LABEL, new BigDecimal("3.95")), Map.of(),
						Set.of(ReturnReason.DAMAGED), true, true, true, true, 10, BigDecimal.ZERO,
						List.of(new ReturnPolicy.Store("berlin", "Portal Shop Berlin", "Torstraße 1, 10119 Berlin",
								"Mo–Sa 10–20")),
						new Address("Portal Shop Returns", "Lagerweg 1", null, "04109", "Leipzig", "DE")));
		this.api.post("/api/v1/products",
				Map.of("products",
						List.of(Map.of("sku", "JKT-1", "name", "Rain jacket", "price", 129, "currency", "EUR",
								"variantOf", "JKT", "variant", "M"),
								Map.of("sku", "JKT-1-L", "name", "Rain jacket", "price", 139, "currency", "EUR",
										"variantOf", "JKT", "variant", "L"))));
		this.orderNumber = "P-" + System.nanoTime() % 100000;
		Map<String, Object> order = Fixtures.order("portal-" + System.nanoTime(), this.orderNumber);
		order.put("placedAt", Instant.now().minus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
		String orderId = this.api.post("/api/v1/orders", order).text("/id");
		ApiClient.Response shipment = this.api.post("/api/v1/orders/" + orderId + "/shipments",
				Fixtures.shipment("dhl", "00340434161094" + (System.nanoTime() % 100000)));
		String shipmentId = shipment.text("/id");
		this.trackingPath = java.net.URI.create(shipment.text("/trackingUrl")).getPath();
		this.api.post("/api/v1/shipments/" + shipmentId + "/events",
				Fixtures.events(List.of(Fixtures.event(
						Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(), "DELIVERED",
						"d-1"))));
	}

	private Page open(String language) {
		BrowserContext context = CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(420, 900)
				.setJavaScriptEnabled(false)
				.setLocale(language)
				.setExtraHTTPHeaders(Map.of("Accept-Language", language)));
		return context.newPage();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void shot(Page page, String name) {
		Path file = dev.doorstep.support.Browser.screenshotDir().resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(file));
	}

	@Test
	void anExchangeFromTheTrackingPageInEnglish() throws Exception {
		Page page = open("en");
		page.navigate(url(this.trackingPath + "?lang=en"));
		page.getByText("Return or exchange items").click();

		assertThat(page.locator("h1").innerText()).isEqualTo("Return items from order " + this.orderNumber);
		assertThat(page.locator("#item-2")).isNotNull();
		page.selectOption("#qty-0", "1");
		page.selectOption("#reason-0", "TOO_SMALL");
		page.check("#resolution-0-EXCHANGE");
		page.selectOption("#exchange-0", new SelectOption().setValue("JKT-1-L"));
		page.check("#method-PRINTED_LABEL");
		shot(page, "returns-en-1-choose");
		page.locator("form:not(.support-box) button[type=submit]").click();

		assertThat(page.locator("h1").innerText()).isEqualTo("Check your return");
		String summary = page.locator("main").innerText();
		assertThat(summary).contains("Exchange for another size or colour: L")
			.contains("Extra cost of the exchange")
			.contains("€10.00")
			.doesNotContain("Return fee");
		shot(page, "returns-en-2-summary");
		page.getByText("Confirm return").click();

		assertThat(page.url()).matches(".*/r/[A-Za-z0-9_-]{24}\\?lang=en");
		assertThat(page.locator("#return-status").innerText()).isEqualTo("Approved");
		assertThat(page.locator("figure.code img").getAttribute("src")).startsWith("data:image/png;base64,");
		String rma = page.locator("figure.code strong").innerText();
		shot(page, "returns-en-3-status");
		byte[] label = page.request()
			.get(page.locator("#label-link").getAttribute("href").startsWith("/")
					? url(page.locator("#label-link").getAttribute("href"))
					: page.locator("#label-link").getAttribute("href"))
			.body();
		assertThat(new String(label, 0, 5)).isEqualTo("%PDF-");
		assertThat(LabelScans.decodeOnPage(label, BarcodeFormat.QR_CODE)).contains(rma);

		page.navigate(url(this.trackingPath + "?lang=en"));
		assertThat(page.locator("#actions").innerText()).contains("Your return " + rma).contains("Approved");
		page.context().close();
	}

	@Test
	void aDamagedItemWithAPhotoThroughTheLookUpInGerman() {
		Page page = open("de");
		page.navigate(url("/s/" + this.shop.shop().slug() + "/returns"));
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
		page.fill("#orderNumber", this.orderNumber);
		page.fill("#contact", "10115");
		shot(page, "returns-de-0-lookup");
		page.locator("form:not(.support-box) button[type=submit]").click();

		assertThat(page.locator("h1").innerText())
			.isEqualTo("Artikel aus Bestellung " + this.orderNumber + " zurücksenden");
		page.locator("form:not(.support-box) button[type=submit]").click();
		assertThat(page.locator(".error").innerText()).isEqualTo("Bitte prüfen Sie die markierten Felder.");
		assertThat(page.locator("#items-error").innerText()).contains("mindestens einen Artikel");

		page.selectOption("#qty-1", "1");
		page.selectOption("#reason-1", "DAMAGED");
		page.check("#resolution-1-REFUND");
		page.check("#method-QR_DROP_OFF");
		shot(page, "returns-de-1-choose");
		page.locator("form:not(.support-box) button[type=submit]").click();

		assertThat(page.locator("h1").innerText()).isEqualTo("Rücksendung prüfen");
		assertThat(page.locator("main").innerText().replace('\u00a0', ' ')).contains("Beschädigt oder defekt")
			.contains("12,50 €")
			.doesNotContain("Portal Shop Berlin");
		assertThat(page.locator("#photos-1").getAttribute("required")).isNotNull();
		page.setInputFiles("#photos-1", new FilePayload("notes.txt", "text/plain", "not a photo".getBytes()));
		page.getByText("Rücksendung bestätigen").click();
		assertThat(page.locator("#photos-1 ~ .field-error").innerText())
			.isEqualTo("Diese Datei ist kein Foto. Bitte verwenden Sie JPEG, PNG oder WebP.");
		shot(page, "returns-de-2-photo-error");

		page.setInputFiles("#photos-1", new FilePayload("kratzer.png", "image/png", PNG));
		page.getByText("Rücksendung bestätigen").click();

		assertThat(page.locator("#return-status").innerText()).isEqualTo("Genehmigt");
		assertThat(page.locator("main").innerText()).contains("Zeigen Sie dort den QR-Code vor")
			.contains("Erstattung auf Ihr ursprüngliches Zahlungsmittel");
		shot(page, "returns-de-3-status");
		page.context().close();
	}

}
