package dev.doorstep.insights.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import dev.doorstep.insights.Insights;
import dev.doorstep.insights.InsightsFilter;
import dev.doorstep.insights.internal.ListenerReplay;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.Channel;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.HandedOver;
import dev.doorstep.support.Intent;
import dev.doorstep.support.QuestionAnswered;
import dev.doorstep.support.TestShops;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The support deflection chart and its CSV, as the dashboard and its export give them.
 */
@DoorstepIntegrationTest
class SupportDeflectionChartTests {

	@Autowired
	TestShops shops;

	@Autowired
	Insights insights;

	@Autowired
	ListenerReplay replay;

	@Autowired
	MessageSource messages;

	@Test
	void chartAndCsvShowRateAnsweredHandedOverAndConfirmedPerIntentAndChannel() {
		TestShops.TestShop created = this.shops.create("Insights Deflection Chart");
		ShopId shop = created.shop().id();
		ZoneId zone = created.shop().timeZone();
		Instant yesterday = this.insights.today(shop).minusDays(1).atTime(12, 0).atZone(zone).toInstant();
		for (int i = 0; i < 4; i++) {
			this.replay.replay(new QuestionAnswered(shop, UUID.randomUUID(), Intent.WHERE_IS_IT, 0.8, Channel.WEB,
					i == 0, yesterday));
		}
		this.replay.replay(
				new QuestionAnswered(shop, UUID.randomUUID(), Intent.DAMAGED, 0.7, Channel.PHONE, false, yesterday),
				new HandedOver(shop, UUID.randomUUID(), Intent.DAMAGED, Channel.PHONE, null, yesterday),
				new HandedOver(shop, UUID.randomUUID(), Intent.HUMAN, Channel.WEB, "=1+1", yesterday));

		InsightsFilter filter = InsightsFilter.lastDays(this.insights.today(shop), 7);
		// The listener's methods are asynchronous even when replayed: wait for all six.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.insights.kpis(shop, filter)
				.support()
				.stream()
				.mapToLong(d -> d.answered() + d.confirmed())
				.sum() == 7);
		Chart chart = Charts.of(this.insights.kpis(shop, filter), this.messages, Locale.ENGLISH)
			.stream()
			.filter(c -> c.id().equals("support-deflection"))
			.findFirst()
			.orElseThrow();

		assertThat(chart.title()).isEqualTo("Support deflection by intent and channel");
		assertThat(chart.csv().split("\r\n")).containsExactly(
				"Intent · channel,Deflection rate (%),Answered,Handed over,Confirmed hand-overs",
				"Damaged · Support: phone,0,1,1,1", "Asked for a person · Support: web,,0,0,1",
				"Where is it · Support: web,75,4,1,0");
		assertThat(new Tiles(Locale.ENGLISH, "EUR", this.messages, Locale.ENGLISH).of(this.insights.kpis(shop, filter))
			.stream()
			.filter(t -> t.id().equals("support-deflection"))
			.findFirst()
			.orElseThrow()
			.value()).isEqualTo("60.0%");
	}

}
