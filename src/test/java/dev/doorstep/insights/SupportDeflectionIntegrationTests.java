package dev.doorstep.insights;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.doorstep.insights.Kpis.Deflection;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.Channel;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.HandedOver;
import dev.doorstep.support.Intent;
import dev.doorstep.support.QuestionAnswered;
import dev.doorstep.support.TestShops;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.doorstep.insights.InsightsScenario.date;
import static dev.doorstep.insights.InsightsScenario.day;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Support deflection from a known sequence of the support module's events, one answer and
 * one hand-over published twice and a hand-over arriving before its answer; and the real
 * assistant's answers reaching {@code GET /api/v1/insights/kpis}.
 */
@DoorstepIntegrationTest
class SupportDeflectionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Insights insights;

	@Autowired
	InsightsScenario.Factory scenarios;

	private static InsightsFilter range(int fromDays, int toDays, String channel) {
		return new InsightsFilter(date(fromDays), date(toDays), null, null, channel);
	}

	private static QuestionAnswered answered(ShopId shop, Intent intent, Channel channel, boolean handedOver,
			int days) {
		return new QuestionAnswered(shop, UUID.randomUUID(), intent, 0.9, channel, handedOver, day(days));
	}

	@Test
	void deflectionPerIntentAndChannelCountsEachConversationAndHandOverOnce() {
		ShopId shop = this.shops.create("Insights Deflection").shop().id();
		InsightsScenario s = this.scenarios.of(shop);
		QuestionAnswered twice = answered(shop, Intent.WHERE_IS_IT, Channel.WEB, false, -2);
		QuestionAnswered damagedWeb = answered(shop, Intent.DAMAGED, Channel.WEB, true, -2);
		HandedOver damagedWebConfirmed = new HandedOver(shop, UUID.randomUUID(), Intent.DAMAGED, Channel.WEB, "T-1",
				day(-2));
		// The hand-over (twice) before the answer it followed.
		s.publish(damagedWebConfirmed, damagedWebConfirmed);
		s.awaitListener();
		s.publish(damagedWeb, answered(shop, Intent.WHERE_IS_IT, Channel.WEB, false, -3), twice,
				answered(shop, Intent.WHERE_IS_IT, Channel.WEB, true, -2),
				answered(shop, Intent.DAMAGED, Channel.PHONE, false, -1),
				new HandedOver(shop, UUID.randomUUID(), Intent.DAMAGED, Channel.PHONE, null, day(-1)),
				new HandedOver(shop, UUID.randomUUID(), Intent.HUMAN, Channel.WEB, null, day(-1)),
				answered(shop, Intent.RETURN, Channel.API, false, -20));
		s.publish(twice);
		s.awaitListener();

		List<Deflection> all = this.insights.kpis(shop, range(-10, -1, null)).support();
		assertThat(all).containsExactly(
				// Confirmed although the answer did not hand over: the larger count wins.
				new Deflection("DAMAGED", "PHONE", 1, 0, 1, 1, Kpis.Rate.of(0, 1)),
				// Flagged and confirmed: one hand-over, not two.
				new Deflection("DAMAGED", "WEB", 1, 1, 1, 1, Kpis.Rate.of(0, 1)),
				// A hand-over whose answer is outside the range: shown, not divided by.
				new Deflection("HUMAN", "WEB", 0, 0, 1, 0, Kpis.Rate.of(0, 0)),
				new Deflection("WHERE_IS_IT", "WEB", 3, 1, 0, 1, Kpis.Rate.of(2, 3)));
		assertThat(all.get(3).deflection().rate()).isEqualTo(2.0 / 3);
		assertThat(all.get(2).deflection().rate()).isNull();

		assertThat(this.insights.kpis(shop, range(-10, -1, "web")).support()).extracting(Deflection::intent)
			.containsExactly("DAMAGED", "HUMAN", "WHERE_IS_IT");
		assertThat(this.insights.kpis(shop, range(-10, -1, "PHONE")).support())
			.containsExactly(new Deflection("DAMAGED", "PHONE", 1, 0, 1, 1, Kpis.Rate.of(0, 1)));
		// A message channel narrows the message funnel only.
		assertThat(this.insights.kpis(shop, range(-10, -1, "EMAIL")).support()).isEqualTo(all);
		assertThat(this.insights.kpis(shop, range(-30, -1, null)).support()).first()
			.isEqualTo(new Deflection("DAMAGED", "PHONE", 1, 0, 1, 1, Kpis.Rate.of(0, 1)));
		assertThat(this.insights.kpis(shop, range(-30, -1, null)).support())
			.contains(new Deflection("RETURN", "API", 1, 0, 0, 0, Kpis.Rate.of(1, 1)));
		assertThat(this.insights.kpis(shop, range(-1, -1, null)).support()).extracting(Deflection::intent)
			.containsExactly("DAMAGED", "HUMAN");
	}

	@Test
	void theAssistantsAnswersReachTheKpiApi() {
		TestShops.TestShop shop = this.shops.create("Insights Deflection API");
		ApiClient client = new ApiClient(this.port, shop.apiKey());
		assertThat(client.get("/api/v1/support/answer?question=where%20is%20my%20parcel").status()).isEqualTo(200);
		assertThat(client.get("/api/v1/support/answer?question=where%20is%20my%20parcel").status()).isEqualTo(200);

		// Answers reach insights after their transaction, through the event registry.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> sum(client.get("/api/v1/insights/kpis?channel=API")) == 2);
		ApiClient.Response kpis = client.get("/api/v1/insights/kpis?channel=API");
		assertThat(kpis.status()).isEqualTo(200);
		for (var row : kpis.json().path("support")) {
			assertThat(row.path("channel").asString()).isEqualTo("API");
			assertThat(row.path("deflection").has("rate")).isTrue();
		}
		assertThat(client.get("/api/v1/insights/kpis?channel=WEB").json().path("support").size()).isZero();
	}

	private static long sum(ApiClient.Response kpis) {
		long answered = 0;
		for (var row : kpis.json().path("support")) {
			answered += row.path("answered").asLong();
		}
		return answered;
	}

}
