package dev.doorstep.tracking;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopSettings;
import dev.doorstep.shop.Shops;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import dev.doorstep.tracking.internal.LookupLimiter;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.doorstep.tracking.TrackingScenario.EMAIL;
import static dev.doorstep.tracking.TrackingScenario.POSTCODE;
import static dev.doorstep.tracking.TrackingScenario.text;
import static org.assertj.core.api.Assertions.assertThat;

@DoorstepIntegrationTest
class TrackingPageIntegrationTests {

	/** A full date as an English reader expects it, e.g. "Monday, November 23, 2026". */
	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy",
			Locale.ENGLISH);

	/** A full date as a German reader expects it, e.g. "Montag, 23. November 2026". */
	private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy",
			Locale.GERMAN);

	@LocalServerPort
	int port;

	@Autowired
	TestShops testShops;

	@Autowired
	Shops shops;

	@Autowired
	LookupLimiter limiter;

	@Autowired
	DeliveryPromises promises;

	TrackingScenario scenario;

	@BeforeEach
	void setUp() {
		// All test requests come from 127.0.0.1: start every test with full buckets.
		this.limiter.reset();
		this.scenario = new TrackingScenario(this.port, this.testShops, this.shops, "https://cdn.example/logo.png");
	}

	private String page(String query, String... headers) {
		HttpResponse<byte[]> response = this.scenario.get("/t/" + this.scenario.firstToken + query, headers);
		assertThat(response.statusCode()).isEqualTo(200);
		return text(response);
	}

	@Test
	void showsTheParcelInEnglishWithLocalTimesItemsAndTheOtherParcel() {
		String html = page("?lang=en");

		assertThat(html).contains("<html lang=\"en\">")
			.contains("<title>Parcel tracking – Nordwind Outfitters</title>")
			.contains("<h1 id=\"status\">On its way</h1>")
			.contains("Arrived at a sorting centre")
			.contains("Order " + this.scenario.orderNumber)
			.contains("Parcel 1 of 2")
			.contains("Expected by " + ENGLISH_DAY.format(Fixtures.promisedDeliveryDate()))
			// 22:30 in New York is the next day in UTC: the page shows the shop's local
			// time with its offset.
			.contains("datetime=\"" + this.scenario.arrivedAt.toOffsetDateTime() + "\"")
			.contains("10:00")
			.contains("Times are shown in Eastern Time (America/New_York)")
			.contains("Arrived at the hub – 04109 Leipzig, DE")
			.contains("Rain jacket")
			.contains("(M)")
			.doesNotContain("Wool socks")
			.contains("href=\"/t/" + this.scenario.secondToken + "?lang=en\"")
			.contains("Parcel 2 · DPD")
			.contains("Waiting for the carrier")
			.contains("<img src=\"https://cdn.example/logo.png\" alt=\"Nordwind Outfitters logo\"")
			.contains("href=\"mailto:help@nordwind.example\"")
			.contains("href=\"tel:+49305550100\"")
			.contains("Mon–Fri 9:00–17:00")
			.contains("href=\"https://nordwind.example\"")
			.contains("href=\"?lang=de\"")
			.contains("<meta name=\"robots\" content=\"noindex\">")
			.contains("<link rel=\"icon\" href=\"data:,\">")
			// The three scripts are the optional push opt-in, the support chat and its
			// hand-over (both post plain forms without them); everything else works
			// without them.
			.containsOnlyOnce("<script src=\"/assets/tracking/push.js\" defer></script>")
			.containsOnlyOnce("<script src=\"/assets/support/chat.js\" defer></script>")
			.containsOnlyOnce("<script src=\"/assets/support/handover.js\" defer></script>")
			.doesNotContain("stylesheet");
		assertThat(html.split("<script", -1)).hasSize(4);
		// Newest first: the hub scan comes before the label in the document.
		assertThat(html.indexOf(this.scenario.arrivedAt.toOffsetDateTime().toString()))
			.isLessThan(html.indexOf(this.scenario.labelledAt.toOffsetDateTime().toString()));
	}

	@Test
	void speaksGermanByParameterByHeaderAndByTheShopsDefault() {
		String byParameter = page("?lang=de", "Accept-Language", "en");
		String byHeader = page("", "Accept-Language", "fr-FR,de;q=0.8,en;q=0.5");
		String byDefault = page("", "Accept-Language", "fr");
		String noHeader = page("");
		for (String html : new String[] { byParameter, byHeader, byDefault, noHeader }) {
			assertThat(html).contains("<html lang=\"de\">")
				.contains("<h1 id=\"status\">Unterwegs</h1>")
				.contains("Im Paketzentrum angekommen")
				.contains("Sendungsverlauf")
				.contains("Bestellung " + this.scenario.orderNumber)
				.contains("Paket 1 von 2")
				.contains("Voraussichtlich bis " + GERMAN_DAY.format(Fixtures.promisedDeliveryDate()))
				.contains(DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm").format(this.scenario.arrivedAt))
				.contains("Alle Zeitangaben: Nordamerikanische Ostküstenzeit (America/New_York)")
				.contains("In diesem Paket")
				.contains("Fragen zu Ihrer Bestellung?")
				.doesNotContain("On its way");
		}
		assertThat(page("", "Accept-Language", "en-US,en;q=0.9,de;q=0.5")).contains("<html lang=\"en\">")
			.contains("On its way");
		// A language the shop does not offer falls through to the header.
		assertThat(page("?lang=fr", "Accept-Language", "en")).contains("<html lang=\"en\">");
	}

	@Test
	void showsTheDeliveryDateAndTheLastStepOnceDelivered() {
		// Seen before the parcel moves, so a kept rendering would show the old status.
		assertThat(page("?lang=en")).contains("<h1 id=\"status\">On its way</h1>");
		// A minute ago is always after the hub scan (yesterday evening in New York).
		ZonedDateTime deliveredAt = Fixtures.ago(Duration.ofMinutes(1)).atZone(TrackingScenario.ZONE);
		java.util.Map<String, Object> delivered = Fixtures.event(deliveredAt.toInstant().toString(), "DELIVERED", "d1");
		delivered.put("subStatus", "DELIVERED_NEIGHBOR");
		assertThat(this.scenario.api
			.post("/api/v1/shipments/" + this.scenario.firstShipmentId + "/events",
					Fixtures.events(java.util.List.of(delivered)))
			.status()).isLessThan(300);

		String html = page("?lang=en");

		assertThat(html).contains("<h1 id=\"status\">Delivered</h1>")
			.contains("Left with a neighbour")
			.contains("Delivered on " + ENGLISH_DAY.format(deliveredAt))
			.doesNotContain("Expected by")
			.contains("class=\"reached current\"><span>Delivered</span>");
		assertThat(page("?lang=de")).contains("Zugestellt am " + GERMAN_DAY.format(deliveredAt))
			.contains("Bei einem Nachbarn abgegeben");
	}

	@Test
	void sendsNoindexPrivateCachingAndNoSession() {
		HttpResponse<byte[]> response = this.scenario.get("/t/" + this.scenario.firstToken);

		assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("private").contains("max-age=30").doesNotContain("no-store"));
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Language")).hasValue("de");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void staysWithinThirtyKilobytesAsTransferred() throws IOException {
		HttpResponse<byte[]> gzipped = this.scenario.get("/t/" + this.scenario.firstToken, "Accept-Encoding", "gzip");
		HttpResponse<byte[]> plain = this.scenario.get("/t/" + this.scenario.firstToken);
		HttpResponse<byte[]> gzippedAgain = this.scenario.get("/t/" + this.scenario.firstToken, "Accept-Encoding",
				"gzip");

		assertThat(gzipped.headers().allValues("Content-Encoding")).containsExactly("gzip");
		// A cache between must not hand the compressed page to a client that cannot read
		// it.
		assertThat(String.join(",", gzipped.headers().allValues("Vary"))).contains("Accept-Encoding");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipped.body().length).isLessThanOrEqualTo(30 * 1024);
		// The page is rebuilt every few seconds, so a rebuild may fall between two
		// requests; the plain copy must equal one of the compressed copies around it.
		assertThat(plain.body()).isIn(gunzip(gzipped.body()), gunzip(gzippedAgain.body()));
		// Even uncompressed it fits, so a proxy that strips compression does not break
		// it.
		assertThat(plain.body().length).isLessThanOrEqualTo(30 * 1024);
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

	/**
	 * The first parcel's page in English, once its window is worked out: that happens in
	 * the background after its events, and afterwards nothing changes the page by itself.
	 */
	private String freshPage() {
		ShipmentId first = new ShipmentId(UUID.fromString(this.scenario.firstShipmentId));
		Awaitility.await().until(() -> this.promises.version(this.scenario.shop.id(), first).isPresent());
		return page("?lang=en");
	}

	// A page is kept between views (for up to a minute), yet shows every change at once:
	// to its own parcel, to the order's other parcels and to the shop's settings.

	@Test
	void showsALateEventThatChangesNothingButTheTimeline() {
		assertThat(freshPage()).doesNotContain("Departed the parcel centre");
		Map<String, Object> late = Fixtures.event(this.scenario.labelledAt.plusHours(3).toInstant().toString(),
				"IN_TRANSIT", "late-1");
		late.put("description", "Departed the parcel centre");

		assertThat(this.scenario.api
			.post("/api/v1/shipments/" + this.scenario.firstShipmentId + "/events", Fixtures.events(List.of(late)))
			.status()).isLessThan(300);

		assertThat(freshPage()).contains("Departed the parcel centre").contains("<h1 id=\"status\">On its way</h1>");
	}

	@Test
	void showsTheOtherParcelsNewStatus() {
		assertThat(freshPage()).contains("Parcel 2 · DPD</a> – <span class=\"status\">Waiting for the carrier</span>");

		assertThat(this.scenario.api
			.post("/api/v1/shipments/" + this.scenario.secondShipmentId + "/events",
					Fixtures.events(List
						.of(Fixtures.event(Instant.now().minusSeconds(60).toString(), "OUT_FOR_DELIVERY", "second-1"))))
			.status()).isLessThan(300);

		assertThat(freshPage()).contains("Parcel 2 · DPD</a> – <span class=\"status\">Out for delivery</span>");
	}

	@Test
	void showsTheShopsNewName() {
		assertThat(freshPage()).contains("<title>Parcel tracking – Nordwind Outfitters</title>");
		Shop shop = this.scenario.shop;

		this.shops.update(shop.id(), new ShopSettings("Nordwind Mountain Outfitters", shop.brand(),
				shop.defaultLocale(), shop.supportedLocales(), shop.timeZone(), shop.support(), shop.websiteUrl()));

		assertThat(freshPage()).contains("<title>Parcel tracking – Nordwind Mountain Outfitters</title>");
	}

	@Test
	void answersAnUnknownTokenWithAFriendlyEnglishPage() {
		for (String token : new String[] { "AAAAAAAAAAAAAAAAAAAAAAAA", "nope", this.scenario.firstToken + "x" }) {
			HttpResponse<byte[]> response = this.scenario.get("/t/" + token, "Accept-Language", "de");
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
			assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
			assertThat(text(response)).contains("<html lang=\"en\">")
				.contains("We could not find this parcel")
				.doesNotContain("Exception")
				.doesNotContain("Nordwind");
		}
	}

	@Test
	void showsTheLookUpFormBrandedAndLabelled() {
		HttpResponse<byte[]> english = this.scenario.get(this.scenario.lookupPath() + "?lang=en");
		HttpResponse<byte[]> german = this.scenario.get(this.scenario.lookupPath(), "Accept-Language", "de-AT");

		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(text(english)).contains("<html lang=\"en\">")
			.contains("<label for=\"orderNumber\">Order number</label>")
			.contains("<label for=\"contact\">Email or postcode</label>")
			.contains("action=\"" + this.scenario.lookupPath() + "\"")
			.contains("Nordwind Outfitters logo")
			.doesNotContain("_csrf");
		assertThat(text(german)).contains("<html lang=\"de\">")
			.contains("<label for=\"orderNumber\">Bestellnummer</label>")
			.contains("<label for=\"contact\">E-Mail oder Postleitzahl</label>");
		assertThat(english.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(this.scenario.get("/s/no-such-shop-" + UUID.randomUUID() + "/track").statusCode()).isEqualTo(404);
		assertThat(this.scenario.lookup("1", "x@example.com").statusCode()).isEqualTo(404);
	}

	@Test
	void redirectsAMatchingLookUpToTheNewestParcel() {
		HttpResponse<byte[]> byEmail = this.scenario.lookup(" " + this.scenario.orderNumber + " ",
				"Anna.Schmidt@Example.COM");
		HttpResponse<byte[]> byPostcode = this.scenario.lookup(this.scenario.orderNumber, " 10 115 ");
		HttpResponse<byte[]> typedLoosely = this.scenario.lookup("#" + this.scenario.orderNumber.toLowerCase(),
				POSTCODE);

		for (HttpResponse<byte[]> response : java.util.List.of(byEmail, byPostcode, typedLoosely)) {
			assertThat(response.statusCode()).isEqualTo(303);
			assertThat(response.headers().firstValue("Location")).hasValue("/t/" + this.scenario.secondToken);
			assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		}
	}

	@Test
	void saysWhenTheOrderHasNotShippedYet() {
		String number = this.scenario.unshippedOrder();

		HttpResponse<byte[]> response = this.scenario.lookup(number, POSTCODE, "Accept-Language", "en");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(text(response)).contains("Your order has been received")
			.contains("Order " + number + " has not been shipped yet");
	}

	@Test
	void answersAWrongPairExactlyLikeAnUnknownOrder() {
		HttpResponse<byte[]> wrongEmail = this.scenario.lookup(this.scenario.orderNumber, "someone@example.com");
		HttpResponse<byte[]> unknownOrder = this.scenario.lookup("NW-00000000", "someone@example.com");
		HttpResponse<byte[]> wrongPostcode = this.scenario.lookup(this.scenario.orderNumber, "99999");
		HttpResponse<byte[]> unknownWithPostcode = this.scenario.lookup("NW-00000000", "99999");

		assertThat(wrongEmail.statusCode()).isEqualTo(404).isEqualTo(unknownOrder.statusCode());
		assertThat(wrongEmail.body()).isEqualTo(unknownOrder.body());
		assertThat(wrongPostcode.body()).isEqualTo(unknownWithPostcode.body()).isEqualTo(wrongEmail.body());
		assertThat(wrongEmail.headers().map()).containsOnlyKeys(unknownOrder.headers().map().keySet());
		assertThat(text(wrongEmail)).contains("Wir konnten keine Bestellung mit diesen Angaben finden")
			.doesNotContain(this.scenario.orderNumber)
			.doesNotContain("someone@example.com");
	}

	@Test
	void limitsLookUpsPerClient() {
		for (int i = 0; i < 10; i++) {
			assertThat(this.scenario.lookup("NW-X" + i, EMAIL).statusCode()).isEqualTo(404);
		}

		HttpResponse<byte[]> limited = this.scenario.lookup(this.scenario.orderNumber, EMAIL, "Accept-Language", "en");

		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After"))
			.hasValueSatisfying(value -> assertThat(Long.parseLong(value)).isBetween(1L, 61L));
		assertThat(text(limited)).contains("Too many attempts").contains("try again in one minute");
		// Forging X-Forwarded-For does not buy a fresh allowance (not trusted by
		// default).
		assertThat(
				this.scenario.lookup(this.scenario.orderNumber, EMAIL, "X-Forwarded-For", "203.0.113.7").statusCode())
			.isEqualTo(429);
	}

	@Test
	void limitsFailedLookUpsPerOrderEvenForTheRightPair() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.scenario.lookup(this.scenario.orderNumber, "guess" + i + "@example.com").statusCode())
				.isEqualTo(404);
		}

		HttpResponse<byte[]> limited = this.scenario.lookup(this.scenario.orderNumber.toLowerCase(), EMAIL);

		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After"))
			.hasValueSatisfying(value -> assertThat(Long.parseLong(value)).isBetween(60L, 15 * 60L + 1));
		assertThat(text(limited)).contains("Zu viele Versuche").contains("Minuten erneut");
		// Other orders of the same shop are not affected.
		assertThat(this.scenario.lookup(this.scenario.unshippedOrder(), POSTCODE).statusCode()).isEqualTo(200);
	}

}
