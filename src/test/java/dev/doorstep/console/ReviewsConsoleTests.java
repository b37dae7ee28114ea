package dev.doorstep.console;

import java.util.List;
import java.util.Map;

import dev.doorstep.feedback.FeedbackScenario;
import dev.doorstep.feedback.Review;
import dev.doorstep.feedback.ReviewRequests;
import dev.doorstep.feedback.ReviewStatus;
import dev.doorstep.feedback.Reviews;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Journeys;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review moderation in the console: the list with filters, approve, reject, reply; an
 * agent may moderate, and another shop's review is neither shown nor changed.
 */
@DoorstepIntegrationTest
class ReviewsConsoleTests {

	private static final String PASSWORD = "reviews-console-password";

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
	ConsoleUsers users;

	private Review reviewed(FeedbackScenario scenario, int stars, String text) {
		String token = scenario.sent(this.journeys, this.consents);
		Reviews.SubmitResult result = this.reviews.submit(token,
				new Reviews.Submission(
						List.of(new Reviews.ItemAnswer("ITEM-0", stars, text,
								dev.doorstep.claim.ClaimScenario.photo("png", java.awt.Color.PINK))),
						null, null, null));
		return ((Reviews.SubmitResult.Saved) result).reviews().getFirst();
	}

	@Test
	void anAgentFiltersApprovesRejectsAndReplies() {
		FeedbackScenario scenario = new FeedbackScenario(this.port, this.shops, this.shipments, this.requests,
				List.of("apparel"), 1);
		Review review = reviewed(scenario, 4, "Warm and light");
		Review other = reviewed(
				new FeedbackScenario(this.port, this.shops, this.shipments, this.requests, List.of("apparel"), 1), 1,
				"Other shop's words");
		ConsoleSession agent = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, scenario.shopId(), ShopRole.AGENT, PASSWORD), PASSWORD);

		ConsoleSession.Page list = agent.get("/console/reviews");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("Warm and light", "Anna S.", "href=\"/console/reviews\"", "Pending")
			.doesNotContain("Other shop's words");
		assertThat(agent.get("/console/reviews?status=APPROVED").body()).doesNotContain("Warm and light")
			.contains("No reviews match.");
		assertThat(agent.get("/console/reviews?stars=4").body()).contains("Warm and light");
		assertThat(agent.get("/console/reviews?stars=5").body()).doesNotContain("Warm and light");

		ConsoleSession.Page photo = agent.get("/console/reviews/" + review.id() + "/photo");
		assertThat(photo.status()).isEqualTo(200);
		assertThat(list.body()).contains("/console/reviews/" + review.id() + "/photo");
		assertThat(agent.get("/console/reviews/" + other.id() + "/photo").status()).isEqualTo(404);

		ConsoleSession.Page approved = agent.post("/console/reviews/" + review.id() + "/approve", Map.of());
		assertThat(approved.status()).isEqualTo(302);
		assertThat(agent.get("/console/reviews").body()).contains("Approved: the review is public.");
		assertThat(this.reviews.get(scenario.shopId(), review.id()).status()).isEqualTo(ReviewStatus.APPROVED);

		agent.post("/console/reviews/" + review.id() + "/reply", Map.of("reply", "Glad you like it!"));
		assertThat(this.reviews.get(scenario.shopId(), review.id()).reply()).isEqualTo("Glad you like it!");
		assertThat(agent.get("/console/reviews").body()).contains("Glad you like it!");

		agent.post("/console/reviews/" + review.id() + "/reject", Map.of());
		assertThat(this.reviews.get(scenario.shopId(), review.id()).status()).isEqualTo(ReviewStatus.REJECTED);

		// Another shop's review: not found, unchanged.
		assertThat(agent.post("/console/reviews/" + other.id() + "/approve", Map.of()).status()).isEqualTo(404);
		assertThat(agent.post("/console/reviews/" + other.id() + "/reply", Map.of("reply", "hijack")).status())
			.isEqualTo(404);
		assertThat(this.reviews.get(other.shopId(), other.id()).status()).isEqualTo(ReviewStatus.PENDING);
		assertThat(this.reviews.get(other.shopId(), other.id()).reply()).isNull();
	}

}
