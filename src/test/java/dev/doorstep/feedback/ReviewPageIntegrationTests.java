package dev.doorstep.feedback;

import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.claim.ClaimScenario;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Journeys;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import dev.doorstep.webhook.OutboundEvent;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review page behind a sent request's token, over plain HTTP (no JavaScript): its
 * items in English and German, a valid submission with a photo, CSAT and NPS, an invalid
 * photo, a second submission that updates, NPS at most once per 90 days per shopper, and
 * the tracking page's delivery rating once per parcel.
 */
@DoorstepIntegrationTest
@RecordApplicationEvents
class ReviewPageIntegrationTests {

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
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private FeedbackHttp http;

	private FeedbackScenario scenario(String... categories) {
		this.http = new FeedbackHttp(this.port);
		return new FeedbackScenario(this.port, this.shops, this.shipments, this.requests, List.of(categories), 1);
	}

	@Test
	void thePageListsTheOrdersItemsInTheShoppersLanguageOnlyForASentRequest() {
		FeedbackScenario scheduled = scenario("apparel").delivered(Duration.ofHours(1));
		assertThat(this.http.get("/f/" + scheduled.request().token(), "en").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/f/" + "x".repeat(32), "en").statusCode()).isEqualTo(404);

		FeedbackScenario scenario = scenario("apparel", "cosmetics");
		String token = scenario.sent(this.journeys, this.consents);

		HttpResponse<String> english = this.http.get("/f/" + token, "en");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		assertThat(english.body())
			.contains("How did we do?", "Item 0", "Item 1", "name=\"stars-0\"", "name=\"stars-1\"", "name=\"photo-1\"",
					"How satisfied are you with the delivery?", "How likely are you to recommend",
					"enctype=\"multipart/form-data\"")
			.doesNotContain("<script");
		HttpResponse<String> german = this.http.get("/f/" + token, "de");
		assertThat(german.body()).contains("lang=\"de\"", "Wie zufrieden sind Sie?", "Ihre Bewertung",
				"Wie zufrieden sind Sie mit der Zustellung?");
	}

	@Test
	void aValidSubmissionStoresPendingReviewsTheRatingAndNpsAndThanks() {
		FeedbackScenario scenario = scenario("apparel", "cosmetics");
		String token = scenario.sent(this.journeys, this.consents);

		HttpResponse<String> posted = this.http.multipart("/f/" + token,
				Map.of("lang", "en", "stars-0", "5", "text-0", "Keeps me dry.", "stars-1", "", "csat", "4", "nps", "9"),
				Map.of("photo-0", ClaimScenario.photo("png", Color.GREEN)));

		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
		assertThat(posted.headers().firstValue("Location")).hasValue("/f/" + token + "/thanks?lang=en");
		assertThat(this.http.get("/f/" + token + "/thanks?lang=en", "en").body()).contains("Thank you!", "5 stars");
		Reviews.ReviewPage page = this.reviews.page(token).orElseThrow();
		assertThat(page.reviews()).containsOnlyKeys("ITEM-0");
		Review review = page.reviews().get("ITEM-0");
		assertThat(review.stars()).isEqualTo(5);
		assertThat(review.text()).isEqualTo("Keeps me dry.");
		assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
		assertThat(review.photoType()).isEqualTo("image/png");
		assertThat(review.author()).isEqualTo("Anna S.");
		assertThat(page.csat()).isEqualTo(4);
		assertThat(page.nps()).isEqualTo(9);
	}

	@Test
	void submissionsAndRatingsArePublishedForInsightsAndWebhooks() {
		FeedbackScenario scenario = scenario("apparel");
		String token = scenario.sent(this.journeys, this.consents);

		Reviews.SubmitResult result = this.reviews.submit(token,
				new Reviews.Submission(List
					.of(new Reviews.ItemAnswer("ITEM-0", 5, "Keeps me dry.", ClaimScenario.photo("png", Color.GREEN))),
						4, null, 9));
		this.reviews.rateParcel(this.shipments.get(scenario.shopId(), scenario.parcels.getFirst()), 2, "Late");

		Review review = ((Reviews.SubmitResult.Saved) result).reviews().getFirst();
		assertThat(this.events.stream(ReviewSubmitted.class).filter(e -> e.reviewId().equals(review.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.sku()).isEqualTo("ITEM-0");
				assertThat(e.category()).isEqualTo("apparel");
				assertThat(e.stars()).isEqualTo(5);
				assertThat(e.hasText()).isTrue();
				assertThat(e.hasPhoto()).isTrue();
			});
		assertThat(this.events.stream(DeliveryRated.class).filter(e -> e.orderId().equals(scenario.orderId)))
			.extracting(DeliveryRated::csat, DeliveryRated::shipmentId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, null),
					org.assertj.core.groups.Tuple.tuple(2, scenario.parcels.getFirst()));
		assertThat(this.events.stream(NpsAnswered.class).filter(e -> e.orderId().equals(scenario.orderId)))
			.singleElement()
			.satisfies(e -> assertThat(e.score()).isEqualTo(9));
		assertThat(this.events.stream(OutboundEvent.class)
			.filter(e -> e.type().equals("review.submitted") && e.subject().equals(review.id().toString())))
			.singleElement()
			.satisfies(e -> assertThat(e.data()).containsEntry("sku", "ITEM-0")
				.containsEntry("stars", 5)
				.containsEntry("hasPhoto", true)
				.doesNotContainKey("text"));
	}

	@Test
	void aFileThatIsNoImageIsRefusedNextToItsFieldAndNothingIsStored() {
		FeedbackScenario scenario = scenario("apparel");
		String token = scenario.sent(this.journeys, this.consents);

		HttpResponse<String> posted = this.http.multipart("/f/" + token,
				Map.of("lang", "en", "stars-0", "4", "text-0", "Nice"),
				Map.of("photo-0", "%PDF-1.7 not an image".getBytes()));

		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(posted.body()).contains("This file is not a JPEG, PNG or WebP image.", "Nice",
				"id=\"photo-0-error\"");
		assertThat(this.reviews.page(token).orElseThrow().reviews()).isEmpty();

		HttpResponse<String> noStars = this.http.multipart("/f/" + token, Map.of("lang", "de", "text-0", "Gut"),
				Map.of());
		assertThat(noStars.statusCode()).isEqualTo(400);
		assertThat(noStars.body()).contains("Bitte wählen Sie Sterne für diesen Artikel");
		HttpResponse<String> nothing = this.http.multipart("/f/" + token, Map.of("lang", "en"), Map.of());
		assertThat(nothing.statusCode()).isEqualTo(400);
		assertThat(nothing.body()).contains("Please rate at least one item or the delivery.");
		assertThat(this.reviews.page(token).orElseThrow().reviews()).isEmpty();
	}

	@Test
	void submittingAgainUpdatesAndModeratesAgainNeverDuplicates() {
		FeedbackScenario scenario = scenario("apparel");
		String token = scenario.sent(this.journeys, this.consents);
		this.http.multipart("/f/" + token, Map.of("stars-0", "5", "text-0", "Great", "csat", "5"),
				Map.of("photo-0", ClaimScenario.photo("png", Color.RED)));
		Review first = this.reviews.page(token).orElseThrow().reviews().get("ITEM-0");
		this.reviews.moderate(scenario.shopId(), first.id(), ReviewStatus.APPROVED);

		HttpResponse<String> again = this.http.multipart("/f/" + token,
				Map.of("stars-0", "2", "text-0", "Leaks at the seams", "csat", "3"), Map.of());

		assertThat(again.statusCode()).isEqualTo(303);
		Reviews.ReviewPage page = this.reviews.page(token).orElseThrow();
		Review updated = page.reviews().get("ITEM-0");
		assertThat(updated.id()).isEqualTo(first.id());
		assertThat(updated.stars()).isEqualTo(2);
		assertThat(updated.text()).isEqualTo("Leaks at the seams");
		assertThat(updated.status()).isEqualTo(ReviewStatus.PENDING);
		assertThat(updated.hasPhoto()).as("the photo is kept without a new one").isTrue();
		assertThat(page.csat()).isEqualTo(3);
		assertThat(this.reviews.list(scenario.shopId(), null, null, null)).hasSize(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM delivery_rating WHERE order_id = :order")
			.param("order", scenario.orderId.value())
			.query(Long.class)
			.single()).isEqualTo(1);
		// The form shows what was said.
		assertThat(this.http.get("/f/" + token, "en").body()).contains("Leaks at the seams",
				"You have answered before");
	}

	@Test
	void npsIsShownAtMostOncePer90DaysPerShopperAnsweredOrNot() {
		FeedbackScenario first = scenario("apparel");
		String firstToken = first.sent(this.journeys, this.consents);
		FeedbackScenario second = first.another(this.port, List.of("shoes"));
		String secondToken = second.sent(this.journeys, this.consents);
		assertThat(this.reviews.page(secondToken).orElseThrow().askNps()).as("not shown anywhere yet").isTrue();

		// The first page shows the question; the shopper leaves it unanswered.
		assertThat(this.http.get("/f/" + firstToken, "en").body()).contains("How likely are you to recommend");
		this.http.multipart("/f/" + firstToken, Map.of("csat", "5"), Map.of());

		assertThat(this.reviews.page(secondToken).orElseThrow().askNps()).isFalse();
		assertThat(this.http.get("/f/" + secondToken, "en").body()).doesNotContain("How likely are you to recommend");
		// An NPS answer sent anyway is not stored.
		this.http.multipart("/f/" + secondToken, Map.of("nps", "3", "csat", "5"), Map.of());
		assertThat(this.reviews.page(secondToken).orElseThrow().nps()).isNull();
		// The page that showed it keeps it, to answer or change the answer.
		assertThat(this.http.get("/f/" + firstToken, "en").body()).contains("How likely are you to recommend");
		this.http.multipart("/f/" + firstToken, Map.of("nps", "8"), Map.of());
		assertThat(this.reviews.page(firstToken).orElseThrow().nps()).isEqualTo(8);
		this.http.multipart("/f/" + firstToken, Map.of("nps", "10"), Map.of());
		assertThat(this.reviews.page(firstToken).orElseThrow().nps()).isEqualTo(10);

		// 91 days after it was shown the shopper is asked again.
		this.jdbc.sql("UPDATE nps_answer SET asked_at = :at WHERE request_id = :request")
			.param("at", java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(91))))
			.param("request", first.request().id())
			.update();
		assertThat(this.reviews.page(secondToken).orElseThrow().askNps()).isTrue();
		// A shop without NPS never asks.
		second.api.put("/api/v1/feedback/settings", Map.of("npsEnabled", false));
		assertThat(this.reviews.page(secondToken).orElseThrow().askNps()).isFalse();
		assertThat(this.http.get("/f/" + firstToken, "en").body()).doesNotContain("How likely are you to recommend");
	}

	@Test
	void theTrackingPageAsksForADeliveryRatingOncePerDeliveredParcel() {
		FeedbackScenario scenario = scenario("apparel");
		String parcelToken = this.shipments.get(scenario.shopId(), scenario.parcels.getFirst()).publicToken();
		assertThat(this.http.get("/t/" + parcelToken, "en").body()).doesNotContain("How was your delivery?");
		assertThat(this.http.get("/t/" + parcelToken + "/csat", "en").body())
			.contains("You can rate the delivery once the parcel has arrived.")
			.doesNotContain("<form");
		assertThat(this.http.form("/t/" + parcelToken + "/csat", "csat=5").statusCode()).isEqualTo(409);

		scenario.delivered(Duration.ofHours(1));
		assertThat(this.http.get("/t/" + parcelToken, "en").body()).contains("How was your delivery?",
				"/t/" + parcelToken + "/csat?lang=en");
		assertThat(this.http.get("/t/" + parcelToken, "de").body()).contains("Wie war Ihre Zustellung?");
		assertThat(this.http.form("/t/" + parcelToken + "/csat", "csat=9").statusCode()).isEqualTo(400);

		HttpResponse<String> rated = this.http.form("/t/" + parcelToken + "/csat",
				"csat=4&comment=Left+at+the+door&lang=en");

		assertThat(rated.statusCode()).isEqualTo(303);
		assertThat(this.http.get("/t/" + parcelToken + "/csat?lang=en&done=1", "en").body())
			.contains("You rated this delivery 4 of 5.")
			.doesNotContain("<form");
		assertThat(this.http.get("/t/" + parcelToken, "en").body()).doesNotContain("How was your delivery?");
		this.http.form("/t/" + parcelToken + "/csat", "csat=1");
		assertThat(this.jdbc.sql("SELECT csat FROM delivery_rating WHERE shipment_id = :shipment")
			.param("shipment", scenario.parcels.getFirst().value())
			.query(Integer.class)
			.list()).containsExactly(4);
		assertThat(this.http.get("/t/" + UUID.randomUUID() + "/csat", "en").statusCode()).isEqualTo(404);
	}

}
