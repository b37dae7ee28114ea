package dev.doorstep.feedback;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Journeys;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/public/{shopSlug}/reviews?sku=}: no API key, only approved reviews, no
 * personal data beyond first name and initial, cacheable for 5 minutes with an ETag.
 */
@DoorstepIntegrationTest
class PublicReviewsIntegrationTests {

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

	@Test
	void onlyApprovedReviewsWithoutPersonalDataAndCacheable() {
		FeedbackHttp http = new FeedbackHttp(this.port);
		FeedbackScenario scenario = new FeedbackScenario(this.port, this.shops, this.shipments, this.requests,
				List.of("apparel", "shoes"), 1);
		String token = scenario.sent(this.journeys, this.consents);
		http.multipart("/f/" + token,
				Map.of("stars-0", "5", "text-0", "Approved words", "stars-1", "1", "text-1", "Pending words"),
				Map.of());
		Reviews.ReviewPage page = this.reviews.page(token).orElseThrow();
		this.reviews.moderate(scenario.shopId(), page.reviews().get("ITEM-0").id(), ReviewStatus.APPROVED);
		this.reviews.reply(scenario.shopId(), page.reviews().get("ITEM-0").id(), "Thank you, Anna!");
		String path = "/api/public/" + scenario.shop.shop().slug() + "/reviews";

		HttpResponse<String> all = http.get(path, Map.of());

		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
		assertThat(all.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(v -> assertThat(v).contains("public").contains("max-age=300"));
		assertThat(all.headers().firstValue("Set-Cookie")).isEmpty();
		String etag = all.headers().firstValue("ETag").orElseThrow();
		JsonNode json = JsonMapper.builder().build().readTree(all.body());
		assertThat(json.at("/count").asInt()).isEqualTo(1);
		assertThat(json.at("/reviews/0/sku").asString()).isEqualTo("ITEM-0");
		assertThat(json.at("/reviews/0/stars").asInt()).isEqualTo(5);
		assertThat(json.at("/reviews/0/text").asString()).isEqualTo("Approved words");
		assertThat(json.at("/reviews/0/author").asString()).isEqualTo("Anna S.");
		assertThat(json.at("/reviews/0/reply").asString()).isEqualTo("Thank you, Anna!");
		assertThat(all.body()).doesNotContain("Pending words", "Schmidt", "anna.schmidt", "example.com",
				scenario.orderId.toString(), "Invalidenstra");

		assertThat(http.get(path + "?sku=ITEM-1", Map.of()).body()).contains("\"count\":0");
		assertThat(http.get(path + "?sku=ITEM-0", Map.of()).body()).contains("Approved words");
		HttpResponse<String> unchanged = http.get(path, Map.of("If-None-Match", etag));
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();

		// Approving the other review changes the answer and its ETag.
		this.reviews.moderate(scenario.shopId(), page.reviews().get("ITEM-1").id(), ReviewStatus.APPROVED);
		HttpResponse<String> changed = http.get(path, Map.of("If-None-Match", etag));
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
		assertThat(changed.body()).contains("Pending words");
		// Rejected again: gone.
		this.reviews.moderate(scenario.shopId(), page.reviews().get("ITEM-1").id(), ReviewStatus.REJECTED);
		assertThat(http.get(path, Map.of()).body()).doesNotContain("Pending words");
	}

	@Test
	void anUnknownShopIs404AndEveryOtherApiPathStillNeedsAKey() {
		FeedbackHttp http = new FeedbackHttp(this.port);
		assertThat(http.get("/api/public/no-such-shop/reviews", Map.of()).statusCode()).isEqualTo(404);
		assertThat(http.get("/api/public/no-such-shop/orders", Map.of()).statusCode()).isEqualTo(401);
		assertThat(http.get("/api/v1/feedback/settings", Map.of()).statusCode()).isEqualTo(401);
		assertThat(http.form("/api/public/no-such-shop/reviews", "x=1").statusCode()).isEqualTo(401);
	}

}
