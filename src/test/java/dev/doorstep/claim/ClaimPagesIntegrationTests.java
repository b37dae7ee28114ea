package dev.doorstep.claim;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.shipment.Shipments;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shopper's side over plain HTTP, as a browser without JavaScript sends it: the
 * tracking page offers the step only when a claim type is open, the multipart form with
 * its errors next to the fields, the redirect to the status page.
 */
@DoorstepIntegrationTest
class ClaimPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shipments shipments;

	@Autowired
	Claims claims;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", language)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A multipart form post: text fields, then files under {@code photos}. */
	private HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields, List<byte[]> photos)
			throws IOException, InterruptedException {
		String boundary = "----doorstep" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		int n = 0;
		for (byte[] photo : photos) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"photo" + n++
					+ ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(photo);
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theTrackingPageOffersAReportOnlyWhenAClaimTypeIsOpen() throws Exception {
		ClaimScenario moving = new ClaimScenario(this.port, this.shops, this.shipments, "Pages moving")
			.quietFor(Duration.ofHours(3));
		assertThat(get("/t/" + moving.token(), "en").body()).doesNotContain("Report a problem");
		HttpResponse<String> closed = get("/t/" + moving.token() + "/claim", "en");
		assertThat(closed.statusCode()).isEqualTo(200);
		assertThat(closed.body()).contains("Nothing can be reported for this parcel right now",
				"A parcel counts as lost after 7 days without a scan", "Possible once the parcel has been delivered")
			.doesNotContain("<form");

		ClaimScenario delivered = new ClaimScenario(this.port, this.shops, this.shipments, "Pages delivered")
			.delivered(Duration.ofDays(1));
		String page = get("/t/" + delivered.token(), "en").body();
		assertThat(page).contains("Report a problem", "/t/" + delivered.token() + "/claim?lang=en",
				"You can report: Parcel damaged, Items missing, Delivered but not received");
		String german = get("/t/" + delivered.token(), "de").body();
		assertThat(german).contains("Problem melden",
				"Sie können melden: Paket beschädigt, Artikel fehlen, Zugestellt, aber nicht erhalten");

		assertThat(get("/t/unknown-token-123/claim", "en").statusCode()).isEqualTo(404);
		assertThat(get("/c/" + "x".repeat(32), "en").statusCode()).isEqualTo(404);
	}

	@Test
	void aShopperFilesADamagedParcelWithPhotosAndSeesItsStatusPage() throws Exception {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Pages filing")
			.delivered(Duration.ofDays(1));
		String form = "/t/" + scenario.token() + "/claim";
		HttpResponse<String> page = get(form + "?lang=de", "en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("lang=\"de\"", "Was ist passiert?", "enctype=\"multipart/form-data\"",
				"Rain jacket", "type=\"file\"");

		HttpResponse<String> noPhoto = post(form, List.of(Map.entry("lang", "en"), Map.entry("type", "DAMAGED"),
				Map.entry("sku", "JKT-1"), Map.entry("qty", "1"), Map.entry("sku", "SOCK-3"), Map.entry("qty", "0")),
				List.of());
		assertThat(noPhoto.statusCode()).isEqualTo(400);
		assertThat(noPhoto.body()).contains("id=\"photos-error\"", "Add at least one photo.",
				"aria-describedby=\"photos-hint photos-error\"");

		HttpResponse<String> svg = post(form,
				List.of(Map.entry("lang", "en"), Map.entry("type", "DAMAGED"), Map.entry("sku", "JKT-1"),
						Map.entry("qty", "1")),
				List.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)));
		assertThat(svg.statusCode()).isEqualTo(400);
		assertThat(svg.body()).contains("Only JPEG, PNG or WebP photos.");

		// Larger than the claim's limit (5 MB) but within the multipart limit: the
		// shopper
		// is told next to the field instead of getting a bare 413.
		byte[] large = new byte[6 * 1024 * 1024];
		System.arraycopy(ClaimScenario.photo("jpeg", Color.RED), 0, large, 0, 100);
		HttpResponse<String> tooLarge = post(form, List.of(Map.entry("lang", "en"), Map.entry("type", "DAMAGED"),
				Map.entry("sku", "JKT-1"), Map.entry("qty", "1")), List.of(large));
		assertThat(tooLarge.statusCode()).isEqualTo(400);
		assertThat(tooLarge.body()).contains("A photo is larger than 5 MB.");

		HttpResponse<String> tooMuch = post(form, List.of(Map.entry("lang", "en"), Map.entry("type", "DAMAGED"),
				Map.entry("sku", "SOCK-3"), Map.entry("qty", "3")), List.of(ClaimScenario.photo("jpeg", Color.RED)));
		assertThat(tooMuch.statusCode()).isEqualTo(400);
		assertThat(tooMuch.body()).contains("More than the parcel holds.");

		HttpResponse<String> filed = post(form,
				List.of(Map.entry("lang", "en"), Map.entry("type", "DAMAGED"), Map.entry("sku", "JKT-1"),
						Map.entry("qty", "1"), Map.entry("sku", "SOCK-3"), Map.entry("qty", ""),
						Map.entry("description", "Zip torn off")),
				List.of(ClaimScenario.photo("jpeg", Color.RED), ClaimScenario.photo("png", Color.GREEN)));
		assertThat(filed.statusCode()).isEqualTo(303);
		String location = filed.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("/c/").endsWith("?lang=en&filed=1");

		Claim claim = this.claims.list(scenario.shopId(), null, null).getFirst();
		assertThat(claim.type()).isEqualTo(ClaimType.DAMAGED);
		assertThat(claim.description()).isEqualTo("Zip torn off");
		assertThat(claim.photos()).extracting(Claim.Photo::contentType).containsExactly("image/jpeg", "image/png");
		assertThat(location).contains(claim.publicToken());

		HttpResponse<String> status = get(location, "en");
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(status.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(status.body()).contains("Claim " + claim.number(), "Parcel damaged", "Thank you.",
				"Received – we are looking into it", "Rain jacket");

		this.claims.approve(scenario.shopId(), claim.id(), "test");
		this.claims.resolve(scenario.shopId(), claim.id(), Resolution.REFUND, new java.math.BigDecimal("129.00"),
				"test");
		String resolved = get("/c/" + claim.publicToken() + "?lang=de", "en").body();
		assertThat(resolved).contains("Reklamation " + claim.number(), "Erledigt", "Erstattung von 129,00");

		String tracking = get("/t/" + scenario.token(), "en").body();
		assertThat(tracking).contains("Your claim " + claim.number(), "/c/" + claim.publicToken());
	}

	@Test
	void notReceivedNeedsTheDeclarationTickedAndKeepsItsWords() throws Exception {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Pages declaration")
			.delivered(Duration.ofDays(1));
		String form = "/t/" + scenario.token() + "/claim";
		HttpResponse<String> unticked = post(form, List.of(Map.entry("lang", "de"), Map.entry("type", "NOT_RECEIVED"),
				Map.entry("declaration", "Niemand hat geklingelt.")), List.of());
		assertThat(unticked.statusCode()).isEqualTo(400);
		assertThat(unticked.body()).contains("Bitte bestätigen Sie die Erklärung.", "Niemand hat geklingelt.");

		HttpResponse<String> ticked = post(form, List.of(Map.entry("lang", "de"), Map.entry("type", "NOT_RECEIVED"),
				Map.entry("declared", "on"), Map.entry("declaration", "Niemand hat geklingelt.")), List.of());
		assertThat(ticked.statusCode()).isEqualTo(303);
		Claim claim = this.claims.list(scenario.shopId(), null, null).getFirst();
		assertThat(claim.declaration()).startsWith("Ich erkläre, dass ich dieses Paket nicht erhalten habe")
			.endsWith("\n\nNiemand hat geklingelt.");

		HttpResponse<String> twice = post(form,
				List.of(Map.entry("lang", "en"), Map.entry("type", "NOT_RECEIVED"), Map.entry("declared", "on")),
				List.of());
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(twice.body()).contains("You already reported this: claim " + claim.number());
	}

	@Test
	void theShopsChoiceOfResolutionIsAskedOnlyWhenTheShopperChooses() throws Exception {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Pages choice")
			.delivered(Duration.ofDays(1));
		String form = "/t/" + scenario.token() + "/claim";
		assertThat(get(form, "en").body()).doesNotContain("name=\"resolution\"");
		scenario.api.put("/api/v1/claims/settings", Map.of("resolution", "SHOPPER_CHOICE"));
		assertThat(get(form, "en").body()).contains("name=\"resolution\"", "The items sent again");
		HttpResponse<String> unchosen = post(form,
				List.of(Map.entry("type", "NOT_RECEIVED"), Map.entry("declared", "on")), List.of());
		assertThat(unchosen.statusCode()).isEqualTo(400);
		assertThat(unchosen.body()).contains("Choose a refund or the items sent again.");
		assertThat(post(form, List.of(Map.entry("type", "NOT_RECEIVED"), Map.entry("declared", "on"),
				Map.entry("resolution", "RESHIP")), List.of())
			.statusCode()).isEqualTo(303);
		assertThat(this.claims.list(scenario.shopId(), null, null).getFirst().preferredResolution())
			.isEqualTo(Resolution.RESHIP);
	}

}
