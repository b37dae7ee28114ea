package dev.doorstep.insert;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import dev.doorstep.returns.label.LabelScans;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packaging inserts over the API: one code per order from the pattern or the pool, the
 * card in the shopper's language with a QR code to the parcel, a day's cards as one PDF,
 * the CSV for the shop's checkout, and the webhook that reports each code.
 */
@DoorstepIntegrationTest
class InsertsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	ApiClient api;

	@BeforeEach
	void shop() {
		this.api = new ApiClient(this.port, this.shops.create("Inserts").apiKey());
	}

	String order(String number, boolean shipped) {
		Map<String, Object> order = Fixtures.order("ins-" + System.nanoTime(), number);
		order.put("placedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
		String id = this.api.post("/api/v1/orders", order).text("/id");
		if (shipped) {
			this.api.post("/api/v1/orders/" + id + "/shipments",
					Fixtures.shipment("dhl", "00340434161094" + (System.nanoTime() % 1_000_000)));
		}
		return id;
	}

	byte[] bytes(String method, String path) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.api.base() + path))
				.header("Authorization", "Bearer " + this.api.apiKey())
				.method(method, HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	@Test
	void eachOrderGetsItsOwnCodeOnceFromThePattern() {
		String first = order("I-1", false);
		String second = order("I-2", false);

		ApiClient.Response code = this.api.get("/api/v1/orders/" + first + "/insert");
		ApiClient.Response again = this.api.get("/api/v1/orders/" + first + "/insert");
		ApiClient.Response other = this.api.get("/api/v1/orders/" + second + "/insert");

		assertThat(code.status()).as(code.body()).isEqualTo(200);
		assertThat(code.text("/code")).matches("THANKS-[2-9A-HJKMNP-TV-Z]{6}");
		assertThat(again.text("/code")).isEqualTo(code.text("/code"));
		assertThat(other.text("/code")).isNotEqualTo(code.text("/code"));
		assertThat(code.text("/discountType")).isEqualTo("PERCENT");
		assertThat(LocalDate.parse(code.text("/validUntil")))
			.isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(60));
	}

	@Test
	void poolCodesAreHandedOutOnceInImportOrderUntilThePoolIsEmpty() {
		assertThat(this.api
			.put("/api/v1/inserts/settings",
					Map.of("source", "POOL", "discountType", "AMOUNT", "discountValue", 5, "currency", "EUR",
							"validDays", 30))
			.status()).isEqualTo(200);
		ApiClient.Response imported = this.api.post("/api/v1/inserts/codes",
				Map.of("codes", List.of("pool-aaaa", "POOL-BBBB", " pool-aaaa ", "")));
		assertThat(imported.json().get("added").asInt()).isEqualTo(2);
		assertThat(imported.json().get("poolSize").asInt()).isEqualTo(2);

		assertThat(this.api.get("/api/v1/orders/" + order("P-1", false) + "/insert").text("/code"))
			.isEqualTo("POOL-AAAA");
		assertThat(this.api.get("/api/v1/orders/" + order("P-2", false) + "/insert").text("/code"))
			.isEqualTo("POOL-BBBB");
		ApiClient.Response empty = this.api.get("/api/v1/orders/" + order("P-3", false) + "/insert");
		assertThat(empty.status()).isEqualTo(409);
		assertThat(empty.json().at("/errors/0/field").asString()).isEqualTo("codes");
		assertThat(this.api.post("/api/v1/inserts/codes", Map.of("codes", List.of("ok-code", "bad code!")))
			.json()
			.at("/errors/0/field")
			.asString()).isEqualTo("codes[1]");
	}

	@Test
	void badSettingsNameTheField() {
		ApiClient.Response pattern = this.api.put("/api/v1/inserts/settings", Map.of("pattern", "SAVE-{XXX}"));
		ApiClient.Response amount = this.api.put("/api/v1/inserts/settings",
				Map.of("discountType", "AMOUNT", "discountValue", 5));

		assertThat(pattern.status()).isEqualTo(400);
		assertThat(pattern.json().at("/errors/0/field").asString()).isEqualTo("pattern");
		assertThat(amount.json().at("/errors/0/field").asString()).isEqualTo("currency");
	}

	@Test
	void theCardIsInTheShoppersLanguageWithTheCodeAndAQrCodeToTheParcel() throws Exception {
		String id = order("C-1", true);
		String code = this.api.get("/api/v1/orders/" + id + "/insert").text("/code");
		String tracking = this.api.get("/api/v1/orders/" + id + "/shipments").text("/0/trackingUrl");

		byte[] pdf = bytes("GET", "/api/v1/orders/" + id + "/insert.pdf");

		try (PDDocument card = Loader.loadPDF(pdf)) {
			assertThat(card.getNumberOfPages()).isEqualTo(1);
			assertThat(card.getPage(0).getMediaBox().getWidth()).isCloseTo(297.6f,
					org.assertj.core.data.Offset.offset(0.5f));
			String text = new PDFTextStripper().getText(card);
			assertThat(text).contains("Vielen Dank, Anna!", code, "10 % Rabatt", "C-1");
		}
		java.awt.image.BufferedImage page = LabelScans.render(pdf, 0, 300);
		assertThat(LabelScans.decode(page, BarcodeFormat.QR_CODE)).isEqualTo(tracking);
		javax.imageio.ImageIO.write(page, "png",
				dev.doorstep.support.Browser.screenshotDir().resolve("insert-card-de.png").toFile());
	}

	@Test
	void aDaysCardsComeAsOnePdfAndTheCodesAsCsv() throws Exception {
		order("D-1", true);
		order("D-2", true);
		order("D-3", false);
		String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();

		byte[] pdf = bytes("POST", "/api/v1/inserts/batch?date=" + today);

		try (PDDocument batch = Loader.loadPDF(pdf)) {
			assertThat(batch.getNumberOfPages()).isEqualTo(2);
			String text = new PDFTextStripper().getText(batch);
			assertThat(text).contains("D-1", "D-2").doesNotContain("D-3");
		}
		assertThat(this.api.post("/api/v1/inserts/batch?date=tomorrow", "").status()).isEqualTo(400);
		String csv = new String(bytes("GET", "/api/v1/inserts/codes.csv?from=" + today + "&to=" + today));
		assertThat(csv.lines().toList()).hasSize(3)
			.first()
			.isEqualTo("code,order_number,order_id,discount_type,discount_value,currency,valid_until,assigned_at");
		assertThat(csv).contains(",D-1,", ",D-2,");
	}

	@Test
	void csvFieldsCannotStartASpreadsheetFormula() {
		assertThat(Inserts.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(Inserts.csvField("1001")).isEqualTo("1001");
	}

	@Test
	void eachCodeIsReportedToTheShopByASignedWebhook() throws Exception {
		com.github.tomakehurst.wiremock.WireMockServer merchant = new com.github.tomakehurst.wiremock.WireMockServer(
				com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort());
		merchant.start();
		try {
			merchant.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/codes")
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(204)));
			String subscription = this.api
				.post("/api/v1/webhooks/subscriptions", Map.of("url", "http://localhost:" + merchant.port() + "/codes",
						"types", List.of("discount_code.*")))
				.text("/id");
			String id = order("W-1", false);
			String code = this.api.get("/api/v1/orders/" + id + "/insert").text("/code");
			this.api.get("/api/v1/orders/" + id + "/insert");

			org.awaitility.Awaitility.await()
				.until(() -> this.api.get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries")
					.json()
					.get("totalElements")
					.asInt() == 1);
			this.dispatcher.dispatchDue();
			String body = merchant
				.findAll(com.github.tomakehurst.wiremock.client.WireMock
					.postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/codes")))
				.getFirst()
				.getBodyAsString();
			assertThat(body).contains("\"type\":\"discount_code.assigned\"", "\"code\":\"" + code + "\"",
					"\"orderNumber\":\"W-1\"", "\"singleUse\":true");
		}
		finally {
			merchant.stop();
		}
	}

	@Autowired
	dev.doorstep.webhook.internal.WebhookDispatcher dispatcher;

}
