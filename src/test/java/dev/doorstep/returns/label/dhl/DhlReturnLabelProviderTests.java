package dev.doorstep.returns.label.dhl;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.zxing.BarcodeFormat;
import dev.doorstep.returns.label.Address;
import dev.doorstep.returns.label.CarrierLabelRequest;
import dev.doorstep.returns.label.CarrierLabelResult;
import dev.doorstep.returns.label.LabelScans;
import dev.doorstep.returns.label.ReturnLabelRequest;
import dev.doorstep.returns.label.ReturnLabels;
import dev.doorstep.support.CarrierApiStub;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DHL Parcel DE Returns adapter over real HTTP against WireMock, with request and
 * answers shaped like the API's documented {@code ReturnOrder},
 * {@code ReturnOrderConfirmation} and {@code JSONStatus} documents. Each test has its own
 * base path on the shared server, so stubs never meet.
 */
class DhlReturnLabelProviderTests {

	private static final String API_KEY = "returns-app-key";

	private static final String USER = "2222222222_01";

	private static final String PASSWORD = "pass-Wört";

	private static final Address SHOPPER = new Address("Jürgen Groß", "Königstraße 12a", "Hinterhaus, 2. OG", "70173",
			"Stuttgart", "DE");

	private static final Address SHOP = new Address("Möbelhaus Süd GmbH", "Schloßallee 3", "80331", "München", "DE");

	private static final CarrierLabelRequest REQUEST = new CarrierLabelRequest("R-7K4P-92QX", SHOPPER, SHOP, 2, 1200,
			new BigDecimal("89.90"), "EUR", "1042");

	private final WireMockServer dhl = CarrierApiStub.server();

	private final String base = "/dhl-returns/" + UUID.randomUUID() + "/v1";

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void createsALabelWithTheDocumentedRequestAndReadsTheConfirmation() throws IOException {
		this.dhl
			.stubFor(post(urlEqualTo(this.base + "/orders?labelType=BOTH")).withHeader("dhl-api-key", equalTo(API_KEY))
				.withHeader("Authorization", equalTo(basic(USER, PASSWORD)))
				.withHeader("Content-Type", containing("application/json"))
				.withRequestBody(equalToJson(fixture("request-expected.json")))
				.willReturn(json(201, fixture("created.json"))));

		CarrierLabelResult result = provider(basicProperties()).request(REQUEST);

		assertThat(result).isInstanceOf(CarrierLabelResult.Created.class);
		CarrierLabelResult.Created created = (CarrierLabelResult.Created) result;
		assertThat(created.trackingNumber()).isEqualTo("999991587211");
		try (PDDocument label = Loader.loadPDF(created.labelPdf())) {
			assertThat(new PDFTextStripper().getText(label)).contains("DHL Retoure 999991587211");
		}
		assertThat(created.qrPng()).isNotNull();
		assertThat(created.qrPng()).startsWith(0x89, 'P', 'N', 'G');
		this.dhl.verify(1, postRequestedFor(urlEqualTo(this.base + "/orders?labelType=BOTH")));

		// The carrier's label prints behind the Doorstep page, which names the carrier.
		byte[] pdf = ReturnLabels.pdf(new ReturnLabelRequest("R-7K4P-92QX", SHOPPER, SHOP, "DHL", 2, Locale.GERMAN,
				created.trackingNumber(), created.labelPdf()));
		try (PDDocument combined = Loader.loadPDF(pdf)) {
			assertThat(combined.getNumberOfPages()).isEqualTo(2);
			assertThat(new PDFTextStripper().getText(combined)).contains("Versand mit DHL", "Sendungsnr. 999991587211",
					"DHL Retoure 999991587211");
		}
	}

	@Test
	void aValidationErrorIsRefusedWithTheFieldToFix() throws IOException {
		this.dhl.stubFor(post(urlEqualTo(this.base + "/orders?labelType=BOTH")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody(fixture("bad-request.json"))));

		CarrierLabelResult result = provider(basicProperties()).request(REQUEST);

		assertThat(result).isInstanceOf(CarrierLabelResult.Refused.class);
		CarrierLabelResult.Refused refused = (CarrierLabelResult.Refused) result;
		assertThat(refused.field()).isEqualTo("from.postcode");
		assertThat(refused.reason()).contains("Bad Request", "postal code '7017' is not valid");
	}

	@Test
	void refusedCredentialsAreUnavailableAndNotRetryable() throws IOException {
		this.dhl.stubFor(post(urlEqualTo(this.base + "/orders?labelType=BOTH"))
			.willReturn(json(401, fixture("unauthorized.json"))));

		CarrierLabelResult result = provider(basicProperties()).request(REQUEST);

		assertThat(result).isEqualTo(new CarrierLabelResult.Unavailable(false,
				"DHL refused the credentials (401): Unauthorized: The credentials you provided are invalid."));
	}

	@Test
	void outagesRateLimitsAndUnreachableHostsAreRetryable() {
		this.dhl.stubFor(post(urlEqualTo(this.base + "/orders?labelType=BOTH"))
			.willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));
		CarrierLabelResult outage = provider(basicProperties()).request(REQUEST);
		assertThat(outage).isInstanceOf(CarrierLabelResult.Unavailable.class);
		assertThat(((CarrierLabelResult.Unavailable) outage).retryable()).isTrue();
		assertThat(((CarrierLabelResult.Unavailable) outage).reason()).contains("503", "Service Unavailable");

		String limited = "/dhl-returns/" + UUID.randomUUID() + "/v1";
		this.dhl.stubFor(post(urlEqualTo(limited + "/orders?labelType=BOTH"))
			.willReturn(json(429, "{\"title\":\"Too Many Requests\",\"status\":429}")));
		CarrierLabelResult rateLimited = provider(properties(this.dhl.baseUrl() + limited, "")).request(REQUEST);
		assertThat(rateLimited)
			.isEqualTo(new CarrierLabelResult.Unavailable(true, "DHL answered 429: Too Many Requests"));

		CarrierLabelResult unreachable = provider(properties("http://127.0.0.1:1/v1", "")).request(REQUEST);
		assertThat(unreachable).isInstanceOf(CarrierLabelResult.Unavailable.class);
		assertThat(((CarrierLabelResult.Unavailable) unreachable).retryable()).isTrue();
	}

	@Test
	void aConfirmationWithoutPdfLabelIsNoLabel() {
		this.dhl.stubFor(post(urlEqualTo(this.base + "/orders?labelType=BOTH"))
			.willReturn(json(201, "{\"sstatus\":{\"title\":\"Created\",\"status\":201},\"shipmentNo\":\"1\","
					+ "\"label\":{\"b64\":\"" + Base64.getEncoder().encodeToString("GIF89a".getBytes()) + "\"}}")));

		CarrierLabelResult result = provider(basicProperties()).request(REQUEST);

		assertThat(result).isInstanceOf(CarrierLabelResult.Unavailable.class);
	}

	@Test
	void whatDhlWouldRefuseAnywayIsRefusedWithoutACall() {
		DhlReturnLabelProvider provider = provider(basicProperties());

		Address inFrance = new Address("Jeanne Martin", "12 Rue de la Paix", "75002", "Paris", "FR");
		assertThat(provider.request(CarrierLabelRequest.of("R-1", inFrance, SHOP, 1)))
			.isEqualTo(new CarrierLabelResult.Refused("No DHL receiver id for returns sent from FR", "from.country"));
		Address noNumber = new Address("Jürgen Groß", "Königstraße", "70173", "Stuttgart", "DE");
		assertThat(provider.request(CarrierLabelRequest.of("R-1", noNumber, SHOP, 1)))
			.isEqualTo(new CarrierLabelResult.Refused("DHL needs a house number in the street", "from.street"));
		this.dhl.verify(0, postRequestedFor(urlEqualTo(this.base + "/orders?labelType=BOTH")));
	}

	@Test
	void withoutCredentialsThereIsNoDhlLabelAndNoCall() {
		DhlReturnLabelProvider provider = provider(new DhlReturnsProperties(this.dhl.baseUrl() + this.base, "", "", "",
				"", "", Map.of(), Duration.ofSeconds(2)));

		assertThat(provider.configured()).isFalse();
		assertThat(provider.serves("DE")).isFalse();
		assertThat(provider.request(REQUEST))
			.isEqualTo(new CarrierLabelResult.Unavailable(false, "DHL returns are not configured"));
		this.dhl.verify(0, postRequestedFor(urlEqualTo(this.base + "/orders?labelType=BOTH")));
	}

	@Test
	void withAClientSecretItFetchesOneOAuthTokenForSeveralLabels() throws IOException {
		String token = this.base + "/token";
		this.dhl
			.stubFor(post(urlEqualTo(token)).withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
				.withRequestBody(containing("grant_type=password"))
				.withRequestBody(containing("client_id=" + API_KEY))
				.withRequestBody(containing("client_secret=returns-secret"))
				.withRequestBody(containing("username=" + USER))
				.withRequestBody(containing("password=pass-W%C3%B6rt"))
				.willReturn(json(200, fixture("token.json"))));
		this.dhl.stubFor(post(urlEqualTo(this.base + "/orders?labelType=BOTH"))
			.withHeader("Authorization", equalTo("Bearer eyJhbGciOiJSUzI1NiJ9.returns-test-token"))
			.withHeader("dhl-api-key", equalTo(API_KEY))
			.willReturn(json(201, fixture("created.json"))));
		DhlReturnLabelProvider provider = provider(
				new DhlReturnsProperties(this.dhl.baseUrl() + this.base, API_KEY, USER, PASSWORD, "returns-secret",
						this.dhl.baseUrl() + token, Map.of("de", "deu"), Duration.ofSeconds(5)));

		assertThat(provider.request(REQUEST)).isInstanceOf(CarrierLabelResult.Created.class);
		assertThat(provider.request(REQUEST)).isInstanceOf(CarrierLabelResult.Created.class);

		this.dhl.verify(1, postRequestedFor(urlEqualTo(token)));
		this.dhl.verify(2, postRequestedFor(urlEqualTo(this.base + "/orders?labelType=BOTH")));
	}

	@Test
	void theDoorstepLabelsQrCodeStaysScannableBesideTheCarriersLabel() throws IOException {
		this.dhl.stubFor(
				post(urlEqualTo(this.base + "/orders?labelType=BOTH")).willReturn(json(201, fixture("created.json"))));
		CarrierLabelResult.Created created = (CarrierLabelResult.Created) provider(basicProperties()).request(REQUEST);

		byte[] pdf = ReturnLabels.pdf(new ReturnLabelRequest("R-7K4P-92QX", SHOPPER, SHOP, "DHL", 2, Locale.GERMAN,
				created.trackingNumber(), created.labelPdf()));

		assertThat(LabelScans.decodeOnPage(pdf, BarcodeFormat.QR_CODE)).isEqualTo("R-7K4P-92QX");
	}

	private DhlReturnsProperties basicProperties() {
		return properties(this.dhl.baseUrl() + this.base, "");
	}

	private static DhlReturnsProperties properties(String baseUrl, String clientSecret) {
		return new DhlReturnsProperties(baseUrl, API_KEY, USER, PASSWORD, clientSecret, baseUrl + "/token",
				Map.of("DE", "deu", "AT", "aut"), Duration.ofSeconds(5));
	}

	private DhlReturnLabelProvider provider(DhlReturnsProperties properties) {
		return new DhlReturnLabelProvider(properties, this.clock);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	static String fixture(String name) throws IOException {
		try (InputStream in = DhlReturnLabelProviderTests.class.getResourceAsStream("/returns/label/dhl/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
