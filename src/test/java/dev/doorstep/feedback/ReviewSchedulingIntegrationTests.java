package dev.doorstep.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Claims;
import dev.doorstep.claim.FileResult;
import dev.doorstep.claim.NewClaim;
import dev.doorstep.claim.Resolution;
import dev.doorstep.notification.Journeys;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Trigger;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import dev.doorstep.webhook.OutboundEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review requests end to end: delivery schedules one per order, due on the delivery day
 * plus the longest category delay at 10:00 shop time; {@link ReviewRequests#sendDue} is
 * called with the moment the test chooses (a fixed clock for the scheduler), just before
 * and at the due time.
 */
@DoorstepIntegrationTest
@RecordApplicationEvents
class ReviewSchedulingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shipments shipments;

	@Autowired
	ReviewRequests requests;

	@Autowired
	Journeys journeys;

	@Autowired
	Consents consents;

	@Autowired
	Claims claims;

	@Autowired
	Notifications notifications;

	@Autowired
	ApplicationEvents events;

	private FeedbackScenario scenario(String... categories) {
		return new FeedbackScenario(this.port, this.shops, this.shipments, this.requests, Arrays.asList(categories), 1);
	}

	/** When a request delivered at {@code delivered} with this delay is due. */
	private static Instant due(FeedbackScenario scenario, ReviewRequest request, int days) {
		LocalDate day = request.deliveredOn();
		return day.plusDays(days).atTime(LocalTime.of(10, 0)).atZone(scenario.shop.shop().timeZone()).toInstant();
	}

	@ParameterizedTest(name = "{0}: {1} days")
	@CsvSource({ "cosmetics, 21, cosmetics", "Skin Care, 21, skin care", "skincare, 21, skin care",
			"apparel, 7, apparel", "shoes, 7, shoes", "electronics, 14, electronics", "garden, 10, default" })
	void dueDateFollowsTheItemsCategory(String category, int days, String source) {
		FeedbackScenario scenario = scenario(category).delivered(Duration.ofHours(3));

		ReviewRequest request = scenario.request();

		assertThat(request.status()).isEqualTo(ReviewRequestStatus.SCHEDULED);
		assertThat(request.deliveredOn())
			.isEqualTo(LocalDate.ofInstant(Instant.now().minus(Duration.ofHours(3)), scenario.shop.shop().timeZone()));
		assertThat(request.delayDays()).isEqualTo(days);
		assertThat(request.delaySource()).isEqualTo(source);
		assertThat(request.dueAt()).isEqualTo(due(scenario, request, days));
		assertThat(request.token()).hasSize(32);
	}

	@Test
	void anItemWithoutCategoryTakesTheDefaultAndTheShopsOwnDelaysCount() {
		FeedbackScenario scenario = scenario((String) null);
		scenario.api.put("/api/v1/feedback/settings",
				Map.of("categoryDelays", Map.of("garden", 30), "defaultDelayDays", 12));

		scenario.delivered(Duration.ofHours(1));

		assertThat(scenario.request().delayDays()).isEqualTo(12);
		assertThat(scenario.request().delaySource()).isEqualTo("default");
	}

	@Test
	void oneRequestBundlesAllItemsWithTheLongestDelay() {
		FeedbackScenario scenario = scenario("apparel", "cosmetics", "electronics").delivered(Duration.ofHours(1));

		ReviewRequest request = scenario.request();

		assertThat(request.delayDays()).isEqualTo(21);
		assertThat(request.delaySource()).isEqualTo("cosmetics");
		assertThat(this.requests.forOrder(scenario.shopId(), scenario.orderId)).hasSize(1);
	}

	@Test
	void onlyTheLastParcelsDeliverySchedulesAndOnlyOnce() throws Exception {
		FeedbackScenario scenario = new FeedbackScenario(this.port, this.shops, this.shipments, this.requests,
				List.of("apparel", "electronics"), 2);
		scenario.deliver(scenario.parcels.get(0), Instant.now().minus(Duration.ofDays(2)));
		Thread.sleep(1500);
		assertThat(this.requests.forOrder(scenario.shopId(), scenario.orderId)).isEmpty();
		assertThat(this.requests.scheduleIfDelivered(scenario.shopId(), scenario.orderId)).isEmpty();

		scenario.delivered(Duration.ofHours(1));

		ReviewRequest request = scenario.request();
		// The delivery day is the last parcel's.
		assertThat(request.deliveredOn())
			.isEqualTo(LocalDate.ofInstant(Instant.now().minus(Duration.ofHours(1)), scenario.shop.shop().timeZone()));
		assertThat(request.delayDays()).isEqualTo(14);
		// A repeated delivery event adds nothing.
		assertThat(this.requests.scheduleIfDelivered(scenario.shopId(), scenario.orderId)).isEmpty();
		assertThat(this.requests.forOrder(scenario.shopId(), scenario.orderId)).hasSize(1);
	}

	@Test
	void sentAtTheDueTimeNotBeforeThroughTheShopsReviewJourney() {
		FeedbackScenario scenario = scenario("apparel").enableReviews(this.journeys)
			.consent(this.consents)
			.delivered(Duration.ofHours(1));
		ReviewRequest request = scenario.request();

		this.requests.sendDue(scenario.shopId(), request.dueAt().minusSeconds(1));
		assertThat(scenario.request().status()).isEqualTo(ReviewRequestStatus.SCHEDULED);

		this.requests.sendDue(scenario.shopId(), request.dueAt());

		ReviewRequest sent = scenario.request();
		assertThat(sent.status()).as(sent.reason()).isEqualTo(ReviewRequestStatus.SENT);
		assertThat(sent.decidedAt()).isEqualTo(request.dueAt());
		List<Message> messages = this.notifications.messages(scenario.shopId(), scenario.orderId, null, 100, 0)
			.stream()
			.filter(message -> message.trigger() == Trigger.REVIEW_REQUEST)
			.toList();
		assertThat(messages).hasSize(1);
		assertThat(messages.getFirst().reference()).isEqualTo("review-" + request.id());
		assertThat(this.events.stream(OutboundEvent.class)
			.filter(event -> event.type().equals("review.requested")
					&& event.subject().equals(request.id().toString())))
			.singleElement()
			.satisfies(event -> assertThat(event.data()).containsEntry("orderId", scenario.orderId.value().toString())
				.containsEntry("skus", List.of("ITEM-0")));
		// A second round sends nothing more.
		this.requests.sendDue(scenario.shopId(), request.dueAt().plus(Duration.ofDays(1)));
		assertThat(this.notifications.messages(scenario.shopId(), scenario.orderId, null, 100, 0)
			.stream()
			.filter(message -> message.trigger() == Trigger.REVIEW_REQUEST)).hasSize(1);
	}

	@Test
	void aCancelledOrderGetsNoRequestAndAnImportedOldDeliveryIsNotAskedAbout() {
		FeedbackScenario cancelled = scenario("apparel");
		cancelled.api.post("/api/v1/orders/" + cancelled.orderId + "/cancel", "");
		cancelled.deliver(cancelled.parcels.getFirst(), Instant.now().minus(Duration.ofHours(1)));
		assertThat(this.requests.scheduleIfDelivered(cancelled.shopId(), cancelled.orderId)).isEmpty();
		assertThat(this.requests.forOrder(cancelled.shopId(), cancelled.orderId)).isEmpty();

		FeedbackScenario old = scenario("apparel");
		old.deliver(old.parcels.getFirst(), Instant.now().minus(Duration.ofDays(40)));
		this.requests.scheduleIfDelivered(old.shopId(), old.orderId);

		assertThat(old.request().status()).isEqualTo(ReviewRequestStatus.SUPPRESSED);
		assertThat(old.request().reason()).contains("history");
		// Delivered 7 days and a day ago: due yesterday, still asked.
		FeedbackScenario late = scenario("apparel");
		late.deliver(late.parcels.getFirst(), Instant.now().minus(Duration.ofDays(8)));
		this.requests.scheduleIfDelivered(late.shopId(), late.orderId);
		assertThat(late.request().status()).isEqualTo(ReviewRequestStatus.SCHEDULED);
	}

	@Test
	void theDefaultJourneyIsOffSoNothingGoesOutAndTheRequestSaysWhy() {
		FeedbackScenario scenario = scenario("apparel").consent(this.consents).delivered(Duration.ofHours(1));

		this.requests.sendDue(scenario.shopId(), scenario.request().dueAt());

		assertThat(scenario.request().status()).isEqualTo(ReviewRequestStatus.SUPPRESSED);
		assertThat(scenario.request().reason()).contains("journeys for review-request are switched off");
	}

	@Test
	void withoutMarketingConsentItIsSuppressedUnlessTheShopDoesNotRequireIt() {
		FeedbackScenario required = scenario("apparel").enableReviews(this.journeys).delivered(Duration.ofHours(1));
		FeedbackScenario notRequired = scenario("apparel").enableReviews(this.journeys);
		notRequired.api.put("/api/v1/feedback/settings", Map.of("requireMarketingConsent", false));
		notRequired.delivered(Duration.ofHours(1));

		this.requests.sendDue(required.shopId(), required.request().dueAt());
		this.requests.sendDue(notRequired.shopId(), notRequired.request().dueAt());

		assertThat(required.request().status()).isEqualTo(ReviewRequestStatus.SUPPRESSED);
		assertThat(required.request().reason()).contains("marketing consent");
		assertThat(notRequired.request().status()).as(notRequired.request().reason())
			.isEqualTo(ReviewRequestStatus.SENT);
	}

	@Test
	void aReturnInProgressSuppressesIt() {
		FeedbackScenario scenario = scenario("apparel").enableReviews(this.journeys)
			.consent(this.consents)
			.delivered(Duration.ofHours(1));
		ApiClient.Response created = scenario.api
			.post("/api/v1/returns", Map.of("orderId", scenario.orderId.toString(), "method", "QR_DROP_OFF", "items",
					List.of(Map.of("sku", "ITEM-0", "quantity", 1, "reason", "TOO_SMALL", "resolution", "REFUND"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		this.requests.sendDue(scenario.shopId(), scenario.request().dueAt());

		assertThat(scenario.request().status()).isEqualTo(ReviewRequestStatus.SUPPRESSED);
		assertThat(scenario.request().reason()).contains("return").contains(created.text("/rma"));
	}

	@Test
	void anOpenClaimSuppressesIt() {
		FeedbackScenario scenario = scenario("apparel").enableReviews(this.journeys)
			.consent(this.consents)
			.delivered(Duration.ofHours(1));
		FileResult filed = this.claims.file(scenario.shopId(), scenario.parcels.getFirst(),
				new NewClaim(ClaimType.NOT_RECEIVED, Map.of(), "Not at my door", true, "I did not get it",
						Resolution.REFUND, List.of()));
		assertThat(filed).isInstanceOf(FileResult.Filed.class);

		this.requests.sendDue(scenario.shopId(), scenario.request().dueAt());

		assertThat(scenario.request().status()).isEqualTo(ReviewRequestStatus.SUPPRESSED);
		assertThat(scenario.request().reason()).contains("claim");
	}

	@Test
	void aCancelledOrderIsNeverAsked() {
		FeedbackScenario scenario = scenario("apparel").enableReviews(this.journeys)
			.consent(this.consents)
			.delivered(Duration.ofHours(1));

		assertThat(scenario.api.post("/api/v1/orders/" + scenario.orderId + "/cancel", "").status()).isEqualTo(200);
		org.awaitility.Awaitility.await().until(() -> scenario.request().status() == ReviewRequestStatus.CANCELLED);
		this.requests.sendDue(scenario.shopId(), scenario.request().dueAt());

		assertThat(scenario.request().status()).isEqualTo(ReviewRequestStatus.CANCELLED);
		assertThat(scenario.request().reason()).isEqualTo("the order was cancelled");
		assertThat(this.notifications.messages(scenario.shopId(), scenario.orderId, null, 100, 0)
			.stream()
			.filter(message -> message.trigger() == Trigger.REVIEW_REQUEST)).isEmpty();
	}

	@Test
	void theApiShowsWhatIsScheduledWhenAndWhy() {
		FeedbackScenario scenario = scenario("electronics");
		ApiClient.Response before = scenario.api.get("/api/v1/orders/" + scenario.orderId + "/review-requests");
		assertThat(before.status()).isEqualTo(200);
		assertThat(before.json().at("/reviewRequests").size()).isZero();
		scenario.delivered(Duration.ofHours(1));

		ApiClient.Response scheduled = scenario.api.get("/api/v1/orders/" + scenario.orderId + "/review-requests");
		assertThat(scheduled.text("/reviewRequests/0/status")).isEqualTo("SCHEDULED");
		assertThat(scheduled.json().at("/reviewRequests/0/delayDays").asInt()).isEqualTo(14);
		assertThat(Instant.parse(scheduled.text("/reviewRequests/0/dueAt"))).isEqualTo(scenario.request().dueAt());
		assertThat(scheduled.body()).doesNotContain(scenario.request().token());

		this.requests.sendDue(scenario.shopId(), scenario.request().dueAt());
		ApiClient.Response suppressed = scenario.api.get("/api/v1/orders/" + scenario.orderId + "/review-requests");
		assertThat(suppressed.text("/reviewRequests/0/status")).isEqualTo("SUPPRESSED");
		assertThat(suppressed.text("/reviewRequests/0/reason")).contains("marketing consent");
		assertThat(scenario.api.get("/api/v1/orders/" + UUID.randomUUID() + "/review-requests").status())
			.isEqualTo(404);
	}

	@Test
	void settingsHaveTheDefaultsAndRefuseOutOfRangeDelays() {
		FeedbackScenario scenario = scenario("apparel");

		ApiClient.Response defaults = scenario.api.get("/api/v1/feedback/settings");
		assertThat(defaults.json().at("/categoryDelays/cosmetics").asInt()).isEqualTo(21);
		assertThat(defaults.json().at("/categoryDelays/skin care").asInt()).isEqualTo(21);
		assertThat(defaults.json().at("/categoryDelays/apparel").asInt()).isEqualTo(7);
		assertThat(defaults.json().at("/categoryDelays/shoes").asInt()).isEqualTo(7);
		assertThat(defaults.json().at("/categoryDelays/electronics").asInt()).isEqualTo(14);
		assertThat(defaults.json().at("/defaultDelayDays").asInt()).isEqualTo(10);
		assertThat(defaults.json().at("/requireMarketingConsent").asBoolean()).isTrue();
		assertThat(defaults.json().at("/npsEnabled").asBoolean()).isTrue();

		ApiClient.Response bad = scenario.api.put("/api/v1/feedback/settings",
				Map.of("categoryDelays", Map.of("toys", 0), "defaultDelayDays", 400));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("categoryDelays.toys").contains("defaultDelayDays");

		Map<String, Object> noDays = new java.util.HashMap<>();
		noDays.put("toys", null);
		assertThat(scenario.api.put("/api/v1/feedback/settings", Map.of("categoryDelays", noDays)).status())
			.isEqualTo(400);
		ApiClient.Response twice = scenario.api.put("/api/v1/feedback/settings",
				Map.of("categoryDelays", Map.of("Skin Care", 20, "skin-care", 25)));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.body()).contains("names the same category as another entry");

		ApiClient.Response saved = scenario.api.put("/api/v1/feedback/settings", Map.of("npsEnabled", false));
		assertThat(saved.json().at("/npsEnabled").asBoolean()).isFalse();
		assertThat(saved.json().at("/categoryDelays/cosmetics").asInt()).isEqualTo(21);
	}

}
