package dev.doorstep.claim;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.doorstep.webhook.OutboundEvent;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Trigger;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims end to end below the shopper's form: filing through {@link Claims}, the
 * merchant's decisions over {@code /api/v1/claims}, automatic approval, photo checks,
 * events, webhook data, shopper messages and the carrier claim pack.
 */
@DoorstepIntegrationTest
@RecordApplicationEvents
class ClaimsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shipments shipments;

	@Autowired
	Claims claims;

	@Autowired
	Notifications notifications;

	@Autowired
	ApplicationEvents events;

	private ClaimScenario scenario(String name) {
		return new ClaimScenario(this.port, this.shops, this.shipments, name);
	}

	private static NewClaim damaged(byte[]... photos) {
		return new NewClaim(ClaimType.DAMAGED, Map.of("JKT-1", 1), "The jacket's zip is torn off.", false, null, null,
				java.util.Arrays.stream(photos).map(bytes -> new NewClaim.Upload("photo", bytes)).toList());
	}

	private Claim filed(FileResult result) {
		assertThat(result).isInstanceOf(FileResult.Filed.class);
		return ((FileResult.Filed) result).claim();
	}

	@Test
	void settingsHaveDocumentedDefaultsAndAreSavedPerShop() {
		ClaimScenario scenario = scenario("Claim settings");
		ApiClient.Response defaults = scenario.api.get("/api/v1/claims/settings");
		assertThat(defaults.status()).isEqualTo(200);
		assertThat(defaults.text("/mode")).isEqualTo("GUARANTEE");
		assertThat(defaults.json().at("/lostAfterDays").asInt()).isEqualTo(7);
		assertThat(defaults.json().at("/reportWithinDays").asInt()).isEqualTo(14);
		assertThat(defaults.text("/resolution")).isEqualTo("REFUND");
		assertThat(defaults.json().at("/autoApproveLimit").decimalValue()).isEqualByComparingTo("0");

		ApiClient.Response saved = scenario.api.put("/api/v1/claims/settings",
				Map.of("mode", "PROTECTION", "lostAfterDays", 5, "resolution", "SHOPPER_CHOICE"));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.text("/mode")).isEqualTo("PROTECTION");
		assertThat(saved.json().at("/lostAfterDays").asInt()).isEqualTo(5);
		assertThat(saved.json().at("/reportWithinDays").asInt()).isEqualTo(14);
		assertThat(scenario.api.get("/api/v1/claims/settings").text("/resolution")).isEqualTo("SHOPPER_CHOICE");

		ApiClient.Response invalid = scenario.api.put("/api/v1/claims/settings",
				Map.of("lostAfterDays", 0, "reportWithinDays", 400, "autoApproveLimit", -1));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("lostAfterDays", "reportWithinDays", "autoApproveLimit");
	}

	@Test
	void protectionModeCoversOnlyOrdersTheShopFlaggedProtected() {
		ClaimScenario plain = scenario("Protection plain").delivered(Duration.ofDays(1));
		ClaimScenario protectedOrder = new ClaimScenario(this.port, this.shops, this.shipments, "Protection flagged",
				Map.of("protection", true))
			.delivered(Duration.ofDays(1));
		assertThat(protectedOrder.api.get("/api/v1/orders/" + protectedOrder.orderId).text("/protection"))
			.isEqualTo("true");
		assertThat(plain.api.get("/api/v1/orders/" + plain.orderId).text("/protection")).isEqualTo("false");
		// Sent again with the flag (protection bought after all): the stored order is
		// updated.
		Map<String, Object> resent = dev.doorstep.support.Fixtures.order("protection-later", "P-1");
		String id = plain.api.post("/api/v1/orders", resent).text("/id");
		assertThat(plain.api.get("/api/v1/orders/" + id).text("/protection")).isEqualTo("false");
		resent.put("protection", true);
		ApiClient.Response updated = plain.api.post("/api/v1/orders", resent);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.text("/id")).isEqualTo(id);
		assertThat(plain.api.get("/api/v1/orders/" + id).text("/protection")).isEqualTo("true");
		for (ClaimScenario scenario : List.of(plain, protectedOrder)) {
			scenario.api.put("/api/v1/claims/settings", Map.of("mode", "PROTECTION"));
		}

		FileResult refused = this.claims.file(plain.shopId(), plain.shipmentId,
				damaged(ClaimScenario.photo("png", Color.ORANGE)));
		assertThat(refused).isInstanceOfSatisfying(FileResult.NotEligible.class,
				result -> assertThat(result.eligibility().reason()).isEqualTo("claim.rule.not-protected"));
		filed(this.claims.file(protectedOrder.shopId(), protectedOrder.shipmentId,
				damaged(ClaimScenario.photo("png", Color.ORANGE))));
	}

	@Test
	void theMerchantApprovesAndResolvesOverTheApiWithHistoryEventsWebhooksAndMessages() {
		ClaimScenario scenario = scenario("Claim lifecycle").delivered(Duration.ofDays(2));
		ApiClient.Response subscription = scenario.api.post("/api/v1/webhooks/subscriptions",
				Map.of("url", "http://localhost:9/claims", "types", List.of("claim.*")));
		assertThat(subscription.status()).isEqualTo(201);
		String deliveries = "/api/v1/webhooks/subscriptions/" + subscription.text("/id") + "/deliveries";
		Claim claim = filed(this.claims.file(scenario.shopId(), scenario.shipmentId,
				damaged(ClaimScenario.photo("png", Color.ORANGE), ClaimScenario.photo("jpeg", Color.CYAN))));
		assertThat(claim.status()).isEqualTo(ClaimStatus.FILED);
		assertThat(claim.number()).matches("CLM-[2-9A-HJ-NP-Z]{8}");
		assertThat(claim.value()).isEqualByComparingTo("129.00");
		assertThat(claim.items()).containsExactly(new Claim.Item("JKT-1", "Rain jacket", 1));
		assertThat(claim.photos()).extracting(Claim.Photo::contentType).containsExactly("image/png", "image/jpeg");
		String base = "/api/v1/claims/" + claim.id();

		ApiClient.Response list = scenario.api.get("/api/v1/claims?status=FILED&type=DAMAGED");
		assertThat(list.json().size()).isEqualTo(1);
		assertThat(list.text("/0/number")).isEqualTo(claim.number());
		assertThat(scenario.api.get("/api/v1/claims?status=APPROVED").json().size()).isZero();
		assertThat(scenario.api.get("/api/v1/claims?type=LOST").json().size()).isZero();
		assertThat(scenario.api.get("/api/v1/claims?status=NOPE").status()).isEqualTo(400);

		assertThat(scenario.api.post(base + "/resolve", Map.of("resolution", "RESHIP")).status()).isEqualTo(409);

		ApiClient.Response approved = scenario.api.post(base + "/approve", "");
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.text("/status")).isEqualTo("APPROVED");
		assertThat(scenario.api.post(base + "/approve", "").status()).isEqualTo(409);
		assertThat(scenario.api.post(base + "/reject", Map.of("reason", "too late")).status()).isEqualTo(409);

		assertThat(scenario.api.post(base + "/resolve", Map.of("resolution", "REFUND")).status()).isEqualTo(400);
		assertThat(scenario.api.post(base + "/resolve", Map.of("resolution", "REFUND", "amount", 999)).status())
			.isEqualTo(400);
		assertThat(scenario.api.post(base + "/resolve", Map.of("resolution", "RESHIP", "amount", 5)).status())
			.isEqualTo(400);
		ApiClient.Response resolved = scenario.api.post(base + "/resolve",
				Map.of("resolution", "REFUND", "amount", new BigDecimal("129.00")));
		assertThat(resolved.status()).isEqualTo(200);
		assertThat(resolved.text("/status")).isEqualTo("RESOLVED");
		assertThat(resolved.text("/resolution")).isEqualTo("REFUND");
		assertThat(resolved.json().at("/refundAmount").decimalValue()).isEqualByComparingTo("129.00");
		assertThat(resolved.json().at("/history").findValuesAsString("status")).containsExactly("FILED", "APPROVED",
				"RESOLVED");
		assertThat(resolved.json().at("/history/1/actor").asString()).isEqualTo("api");
		assertThat(scenario.api.post(base + "/resolve", Map.of("resolution", "RESHIP")).status()).isEqualTo(409);

		// Each step reached the shop's webhook subscription (sending is the webhook
		// module's).
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> scenario.api.get(deliveries).json().get("totalElements").asInt() >= 3);
		assertThat(scenario.api.get(deliveries).body()).contains("claim.filed", "claim.approved", "claim.resolved");

		List<Message> messages = this.notifications.messages(scenario.shopId(), scenario.orderId, null, 50, 0)
			.stream()
			.filter(m -> m.trigger() == Trigger.CLAIM_UPDATED)
			.toList();
		assertThat(messages).extracting(Message::reference)
			.containsExactlyInAnyOrder(claim.number(), claim.number() + "/approved", claim.number() + "/resolved");
		assertThat(messages).allSatisfy(m -> assertThat(m.recipient()).isEqualTo("anna.schmidt@example.com"));
	}

	/**
	 * Events are recorded on the test's thread only, so the decisions here go through
	 * {@link Claims} itself rather than the API.
	 */
	@Test
	void eachStepIsPublishedAsAnEventAndTheWebhooksCarryTheClaim() {
		ClaimScenario scenario = scenario("Claim events").delivered(Duration.ofDays(2));
		Claim claim = filed(this.claims.file(scenario.shopId(), scenario.shipmentId,
				damaged(ClaimScenario.photo("png", Color.ORANGE))));
		this.claims.approve(scenario.shopId(), claim.id(), "console:owner@example.com");
		this.claims.resolve(scenario.shopId(), claim.id(), Resolution.RESHIP, null, "console:owner@example.com");
		ClaimScenario other = scenario("Claim events rejected").delivered(Duration.ofDays(2));
		Claim rejected = filed(
				this.claims.file(other.shopId(), other.shipmentId, damaged(ClaimScenario.photo("png", Color.ORANGE))));
		this.claims.reject(other.shopId(), rejected.id(), "The photos show no damage.", "api");

		ClaimFiled filedEvent = this.events.stream(ClaimFiled.class)
			.filter(e -> e.claimId().equals(claim.id()))
			.findFirst()
			.orElseThrow();
		assertThat(filedEvent.value()).isEqualByComparingTo("129.00");
		assertThat(filedEvent.type()).isEqualTo(ClaimType.DAMAGED);
		ClaimApproved approvedEvent = this.events.stream(ClaimApproved.class)
			.filter(e -> e.claimId().equals(claim.id()))
			.findFirst()
			.orElseThrow();
		assertThat(approvedEvent.automatic()).isFalse();
		ClaimResolved resolvedEvent = this.events.stream(ClaimResolved.class)
			.filter(e -> e.claimId().equals(claim.id()))
			.findFirst()
			.orElseThrow();
		assertThat(resolvedEvent.resolution()).isEqualTo(Resolution.RESHIP);
		assertThat(resolvedEvent.refundAmount()).isNull();
		assertThat(resolvedEvent.carrier().value()).isEqualTo("dhl");
		assertThat(this.events.stream(ClaimRejected.class).filter(e -> e.claimId().equals(rejected.id())))
			.singleElement()
			.satisfies(e -> assertThat(e.reason()).isEqualTo("The photos show no damage."));

		List<OutboundEvent> hooks = this.events.stream(OutboundEvent.class)
			.filter(e -> e.subject().equals(claim.id().toString()) || e.subject().equals(rejected.id().toString()))
			.toList();
		assertThat(hooks).extracting(OutboundEvent::type)
			.containsExactly("claim.filed", "claim.approved", "claim.resolved", "claim.filed", "claim.rejected");
		assertThat(hooks.getFirst().shop()).isEqualTo(scenario.shopId());
		assertThat(hooks.getFirst().data()).containsEntry("number", claim.number())
			.containsEntry("status", "FILED")
			.containsEntry("type", "DAMAGED")
			.containsEntry("carrier", "dhl")
			.containsEntry("value", "129.00")
			.containsEntry("currency", "EUR")
			.containsEntry("items", List.of(Map.of("sku", "JKT-1", "quantity", 1)))
			.doesNotContainKeys("description", "declaration", "photos");
		assertThat(hooks.get(2).data()).containsEntry("status", "RESOLVED")
			.containsEntry("resolution", "RESHIP")
			.containsEntry("refundAmount", null);
		assertThat(hooks.get(4).shop()).isEqualTo(other.shopId());
		assertThat(hooks.get(4).data()).containsEntry("reason", "The photos show no damage.");
	}

	@Test
	void theMerchantRejectsWithAReasonAndTheShopperMayFileAgain() {
		ClaimScenario scenario = scenario("Claim rejected").delivered(Duration.ofDays(2));
		Claim claim = filed(this.claims.file(scenario.shopId(), scenario.shipmentId,
				damaged(ClaimScenario.photo("png", Color.ORANGE))));
		String base = "/api/v1/claims/" + claim.id();
		assertThat(scenario.api.post(base + "/reject", Map.of("reason", "  ")).status()).isEqualTo(400);
		ApiClient.Response rejected = scenario.api.post(base + "/reject",
				Map.of("reason", "The photos show no damage."));
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.text("/status")).isEqualTo("REJECTED");
		assertThat(rejected.text("/rejectionReason")).isEqualTo("The photos show no damage.");
		filed(this.claims.file(scenario.shopId(), scenario.shipmentId,
				damaged(ClaimScenario.photo("png", Color.ORANGE))));
	}

	@Test
	void claimsUnderTheShopsLimitAreApprovedOnFilingAndAboveItAreNot() {
		ClaimScenario scenario = scenario("Claim auto approve").delivered(Duration.ofDays(1));
		scenario.api.put("/api/v1/claims/settings", Map.of("autoApproveLimit", 25));

		NewClaim socks = new NewClaim(ClaimType.MISSING_ITEMS, Map.of("SOCK-3", 2), null, false, null, null,
				List.of(new NewClaim.Upload("box.png", ClaimScenario.photo("png", Color.WHITE))));
		Claim auto = filed(this.claims.file(scenario.shopId(), scenario.shipmentId, socks));
		assertThat(auto.value()).isEqualByComparingTo("25.00");
		assertThat(auto.status()).isEqualTo(ClaimStatus.APPROVED);
		assertThat(auto.autoApproved()).isTrue();
		assertThat(this.claims.history(scenario.shopId(), auto.id())).extracting(Claim.Step::actor)
			.containsExactly("shopper", "doorstep");
		assertThat(this.events.stream(ClaimApproved.class).filter(e -> e.claimId().equals(auto.id()))).singleElement()
			.satisfies(e -> assertThat(e.automatic()).isTrue());

		Claim manual = filed(this.claims.file(scenario.shopId(), scenario.shipmentId,
				damaged(ClaimScenario.photo("png", Color.ORANGE))));
		assertThat(manual.value()).isEqualByComparingTo("129.00");
		assertThat(manual.status()).isEqualTo(ClaimStatus.FILED);
		assertThat(manual.autoApproved()).isFalse();

		ClaimScenario never = scenario("Claim never auto").delivered(Duration.ofDays(1));
		assertThat(filed(this.claims.file(never.shopId(), never.shipmentId, socks)).status())
			.isEqualTo(ClaimStatus.FILED);
	}

	@Test
	void photosAreCheckedByTheirBytesSizeAndNumber() {
		ClaimScenario scenario = scenario("Claim photos").delivered(Duration.ofDays(1));
		FileResult none = this.claims.file(scenario.shopId(), scenario.shipmentId, damaged());
		assertThat(none).isInstanceOfSatisfying(FileResult.Invalid.class, invalid -> assertThat(invalid.violations())
			.anySatisfy(v -> assertThat(v.reason()).isEqualTo("claim.error.photos.required")));

		byte[] gifNamedJpeg = "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		FileResult wrongType = this.claims.file(scenario.shopId(), scenario.shipmentId, damaged(gifNamedJpeg));
		assertThat(wrongType).isInstanceOfSatisfying(FileResult.Invalid.class,
				invalid -> assertThat(invalid.violations())
					.containsExactly(new dev.doorstep.runtime.FieldViolation("photos", "claim.error.photos.type")));

		byte[] big = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(ClaimScenario.photo("png", Color.RED), 0, big, 0, 100);
		FileResult tooLarge = this.claims.file(scenario.shopId(), scenario.shipmentId, damaged(big));
		assertThat(tooLarge)
			.isInstanceOfSatisfying(FileResult.Invalid.class, invalid -> assertThat(invalid.violations())
				.containsExactly(new dev.doorstep.runtime.FieldViolation("photos", "claim.error.photos.too-large")));

		byte[] png = ClaimScenario.photo("png", Color.RED);
		FileResult tooMany = this.claims.file(scenario.shopId(), scenario.shipmentId,
				damaged(png, png, png, png, png, png));
		assertThat(tooMany).isInstanceOfSatisfying(FileResult.Invalid.class, invalid -> assertThat(invalid.violations())
			.containsExactly(new dev.doorstep.runtime.FieldViolation("photos", "claim.error.photos.too-many")));

		assertThat(this.claims.list(scenario.shopId(), null, null)).isEmpty();
		Claim five = filed(this.claims.file(scenario.shopId(), scenario.shipmentId, damaged(png, png, png, png, png)));
		assertThat(five.photos()).hasSize(5);
		assertThat(this.claims.photo(scenario.shopId(), five.id(), 4)).hasValueSatisfying(photo -> {
			assertThat(photo.contentType()).isEqualTo("image/png");
			assertThat(photo.bytes()).isEqualTo(png);
		});
	}

	@Test
	void notReceivedNeedsTheDeclarationAndLostIsOpenWhenTheCarrierSaysSo() {
		ClaimScenario delivered = scenario("Claim declaration").delivered(Duration.ofDays(1));
		FileResult undeclared = this.claims.file(delivered.shopId(), delivered.shipmentId,
				new NewClaim(ClaimType.NOT_RECEIVED, Map.of(), null, false, null, null, List.of()));
		assertThat(undeclared).isInstanceOfSatisfying(FileResult.Invalid.class,
				invalid -> assertThat(invalid.violations()).containsExactly(
						new dev.doorstep.runtime.FieldViolation("declaration", "claim.error.declaration.required")));
		Claim declared = filed(this.claims.file(delivered.shopId(), delivered.shipmentId, new NewClaim(
				ClaimType.NOT_RECEIVED, Map.of(), null, true, "I declare I did not receive it.", null, List.of())));
		assertThat(declared.declaration()).isEqualTo("I declare I did not receive it.");
		assertThat(declared.items()).extracting(Claim.Item::quantity).containsExactly(1, 2);
		assertThat(declared.value()).isEqualByComparingTo("154.00");
		FileResult again = this.claims.file(delivered.shopId(), delivered.shipmentId, new NewClaim(
				ClaimType.NOT_RECEIVED, Map.of(), null, true, "I declare I did not receive it.", null, List.of()));
		assertThat(again).isInstanceOfSatisfying(FileResult.NotEligible.class,
				result -> assertThat(result.eligibility().reason()).isEqualTo("claim.rule.already-open"));

		ClaimScenario lost = scenario("Claim lost").carrierLost();
		assertThat(this.claims.eligibility(lost.shipment(), orderOf(lost))).filteredOn(Eligibility::eligible)
			.extracting(Eligibility::type)
			.containsExactly(ClaimType.LOST);
		ClaimScenario quiet = scenario("Claim quiet").quietFor(Duration.ofDays(3));
		assertThat(this.claims.eligibility(quiet.shipment(), orderOf(quiet))).filteredOn(Eligibility::eligible)
			.isEmpty();
		quiet.api.put("/api/v1/claims/settings", Map.of("lostAfterDays", 3));
		assertThat(this.claims.eligibility(quiet.shipment(), orderOf(quiet))).filteredOn(Eligibility::eligible)
			.extracting(Eligibility::type)
			.containsExactly(ClaimType.LOST);
	}

	@Autowired
	dev.doorstep.order.Orders orders;

	private dev.doorstep.order.Order orderOf(ClaimScenario scenario) {
		return this.orders.get(scenario.shopId(), scenario.orderId);
	}

	@Test
	void theClaimPackHoldsTheTimelineProofOfDeliveryDeclarationAndPhotos() throws IOException, InterruptedException {
		ClaimScenario scenario = scenario("Claim pack Müller").delivered(Duration.ofDays(1));
		Claim claim = filed(this.claims.file(scenario.shopId(), scenario.shipmentId,
				new NewClaim(ClaimType.NOT_RECEIVED, Map.of(), "Nobody rang; the neighbour has nothing.", true,
						"I declare I have not received this parcel.\n\nNeighbour Müller says so too.", null,
						List.of(new NewClaim.Upload("door.jpg", ClaimScenario.photo("jpeg", Color.BLUE))))));

		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(scenario.api.base() + "/api/v1/claims/" + claim.id() + "/pack.pdf"))
				.header("Authorization", "Bearer " + scenario.shop.apiKey())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains(claim.number());
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Carrier claim " + claim.number(), "Tracking number",
					scenario.shipment().trackingNumber(), "Tracking timeline (2 events)",
					"Parcel picked up at the sender", "IN_TRANSIT", "DELIVERED DELIVERED_NEIGHBOR",
					"Delivered to neighbour Müller", "10115 Berlin DE", "Delivery sub status: DELIVERED_NEIGHBOR",
					"Nobody rang; the neighbour has nothing.", "I declare I have not received this parcel.",
					"Neighbour Müller says so too.", "Photos (1)");
			int images = 0;
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
						images++;
						assertThat(image.getWidth()).isEqualTo(320);
					}
				}
			}
			assertThat(images).isEqualTo(1);
		}
	}

}
