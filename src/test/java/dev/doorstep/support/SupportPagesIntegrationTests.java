package dev.doorstep.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import dev.doorstep.claim.ClaimScenario;
import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.DeliveryTexts;
import dev.doorstep.delivery.ShipmentPromise;
import dev.doorstep.shipment.Shipments;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The support pages over HTTP: the help page (FAQ by topic, search, question box), the
 * question box on the tracking, look-up and returns pages, the no-JavaScript form post
 * and its JSON twin, the rate limit, safe Markdown, and the merchant API.
 */
@DoorstepIntegrationTest
class SupportPagesIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shipments shipments;

	@Autowired
	Faqs faqs;

	@Autowired
	DeliveryPromises promises;

	@Autowired
	DeliveryTexts deliveryTexts;

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postForm(String path, String... fields) throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			body.append(i == 0 ? "" : "&")
				.append(fields[i])
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void helpPageShowsTheFaqByTopicInTheShoppersLanguageWithSearchAndTheQuestionBox() throws Exception {
		TestShops.TestShop shop = this.shops.create("Help page");
		String slug = shop.shop().slug();
		HttpResponse<String> de = get("/s/" + slug + "/help?lang=de");
		assertThat(de.statusCode()).isEqualTo(200);
		assertThat(de.body()).contains("Wie können wir helfen?", "Lieferung", "Rücksendung und Umtausch",
				"Wo ist meine Bestellung?", "class=\"support-box\"", "action=\"/s/" + slug + "/help/ask\"",
				"/assets/support/chat.js");
		HttpResponse<String> en = get("/s/" + slug + "/help?lang=en");
		assertThat(en.body()).contains("How can we help?", "Returns and exchanges", "Where is my order?");

		HttpResponse<String> search = get(
				"/s/" + slug + "/help?lang=de&q=" + URLEncoder.encode("retoure zurueck", StandardCharsets.UTF_8));
		assertThat(search.body()).contains("Fragen zu „retoure zurueck“", "Wie schicke ich etwas zurück?");
		assertThat(get("/s/no-such-shop-xyz/help").statusCode()).isEqualTo(404);
	}

	@Test
	void faqMarkdownIsRenderedSafelyOnThePublicPage() throws Exception {
		TestShops.TestShop shop = this.shops.create("Help safe");
		this.faqs.add(shop.shop().id(), "en", FaqTopic.PAYMENT, "Is <b>this</b> safe?",
				"**Yes.** <script>alert('owned')</script> [x](javascript:alert(1))");
		String body = get("/s/" + shop.shop().slug() + "/help?lang=en").body();
		assertThat(body).contains("<strong>Yes.</strong>", "&lt;script&gt;alert(", "Is &lt;b&gt;this&lt;/b&gt; safe?")
			.doesNotContain("<script>alert", "javascript:alert");
	}

	@Test
	void theHelpPageAnswersAFormPostWithoutJavaScript() throws Exception {
		TestShops.TestShop shop = this.shops.create("Help ask");
		HttpResponse<String> answer = postForm("/s/" + shop.shop().slug() + "/help/ask", "lang", "en", "question",
				"can i pay with paypal");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("can i pay with paypal", "Which payment methods can I use?",
				"class=\"support-answer\"");
	}

	@Test
	void theTrackingPageCarriesTheBoxAndAnswersAPlainFormPostAboutItsParcel() throws Exception {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Support tracking")
			.quietFor(Duration.ofHours(2));
		ShipmentPromise promise = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.promises.forShipment(scenario.shopId(), scenario.shipmentId).orElse(null),
					found -> found != null);
		String token = scenario.token();
		String page = get("/t/" + token + "?lang=en").body();
		assertThat(page).contains("class=\"support-box\"", "action=\"/t/" + token + "/ask\"",
				"data-chat-url=\"/t/" + token + "/ask.json\"", "Where is my order?");

		// No JavaScript, no session, no CSRF token: like the page's other forms.
		HttpResponse<String> answered = postForm("/t/" + token + "/ask", "lang", "en", "question", "when is it coming");
		assertThat(answered.statusCode()).isEqualTo(200);
		String window = this.deliveryTexts.window(promise.current().window(), Locale.ENGLISH);
		assertThat(answered.body()).contains("when is it coming", HtmlUtils.htmlEscape(window), scenario.orderNumber,
				"href=\"/t/" + token + "?lang=en#updates\"");

		HttpResponse<String> json = postForm("/t/" + token + "/ask.json", "lang", "de", "question", "wann kommt es");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertThat(json.body()).contains("\"intent\":\"WHEN_ARRIVES\"", "Voraussichtliche Zustellung");

		assertThat(postForm("/t/nosuchtoken123/ask", "question", "where").statusCode()).isEqualTo(404);
	}

	@Test
	void theLookUpPageAndTheReturnsPortalShowTheFaqAndTheBox() throws Exception {
		TestShops.TestShop shop = this.shops.create("Support lookup");
		String slug = shop.shop().slug();
		String lookup = get("/s/" + slug + "/track?lang=en").body();
		assertThat(lookup).contains("class=\"support-box\"", "action=\"/s/" + slug + "/help/ask\"",
				"Where do I collect my parcel?");
		String portal = get("/s/" + slug + "/returns?lang=de").body();
		assertThat(portal).contains("class=\"support-box\"", "Wie schicke ich etwas zurück?");
	}

	@Test
	void anEditedFaqShowsOnTheNextViewOfAPageThatKeptTheOldOne() throws Exception {
		TestShops.TestShop shop = this.shops.create("Support edits");
		String slug = shop.shop().slug();
		assertThat(get("/s/" + slug + "/track?lang=en").body()).doesNotContain("Do you deliver to islands?");

		FaqEntry added = this.faqs.add(shop.shop().id(), "en", FaqTopic.DELIVERY, "Do you deliver to islands?",
				"Yes, to every island with a post office.");
		assertThat(get("/s/" + slug + "/track?lang=en").body()).contains("Do you deliver to islands?");

		this.faqs.update(shop.shop().id(), added.id(), FaqTopic.DELIVERY, "Do you deliver to the Halligen?", "Yes.");
		assertThat(get("/s/" + slug + "/track?lang=en").body()).contains("Do you deliver to the Halligen?")
			.doesNotContain("Do you deliver to islands?");

		this.faqs.delete(shop.shop().id(), added.id());
		assertThat(get("/s/" + slug + "/track?lang=en").body()).doesNotContain("Do you deliver to the Halligen?");
	}

	@Test
	void theQuestionBoxIsRateLimitedPerClient() throws Exception {
		TestShops.TestShop shop = this.shops.create("Support limit");
		String path = "/s/" + shop.shop().slug() + "/help/ask.json";
		for (int i = 0; i < 20; i++) {
			assertThat(postForm(path, "lang", "en", "question", "hello").statusCode()).isEqualTo(200);
		}
		HttpResponse<String> limited = postForm(path, "lang", "en", "question", "hello");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void theMerchantApiAnswersForAnOrderByNumberAndEmail() {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Support API")
			.delivered(Duration.ofHours(5));
		ApiClient.Response answer = scenario.api.get("/api/v1/support/answer?orderNumber=" + scenario.orderNumber
				+ "&email=Anna.Schmidt@example.com&question="
				+ URLEncoder.encode("where is my parcel", StandardCharsets.UTF_8));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.text("/intent")).isEqualTo("WHERE_IS_IT");
		// The order's language (de) unless the caller asks for one.
		assertThat(answer.text("/text")).contains("wurde am", scenario.orderNumber);
		assertThat(answer.json().at("/actions/0/url").asString()).startsWith("http");

		assertThat(scenario.api
			.get("/api/v1/support/answer?orderNumber=" + scenario.orderNumber
					+ "&email=someone.else@example.com&question=where")
			.status()).isEqualTo(404);
		assertThat(scenario.api.get("/api/v1/support/answer?orderNumber=1").status()).isEqualTo(400);
		ApiClient.Response general = scenario.api.get("/api/v1/support/answer?question=hello&lang=en");
		assertThat(general.status()).isEqualTo(200);
		assertThat(general.text("/intent")).isEqualTo("GREETING");
	}

}
