package dev.doorstep.demo;

import java.time.Clock;
import java.time.Duration;

import dev.doorstep.insights.Insights;
import dev.doorstep.insights.InsightsFilter;
import dev.doorstep.insights.Kpis;
import dev.doorstep.shop.Shop;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.doorstep.support.DoorstepIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shop's insights show numbers right after seeding: its history, parcels,
 * returns and ratings reach insights through the same events as a real shop's.
 */
@DoorstepIntegrationTest
class DemoInsightsIntegrationTests {

	@Autowired
	DemoSeeder seeder;

	@Autowired
	Insights insights;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theSeededDemoShopShowsMeaningfulKpis() {
		Shop shop = this.seeder.seed(this.clock.instant()).shop();
		Awaitility.await()
			.atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.jdbc.sql("""
					SELECT count(*) FROM event_publication
					WHERE listener_id LIKE '%InsightsListener%' AND completion_date IS NULL
					  AND serialized_event LIKE :shop
					""").param("shop", "%" + shop.id().value() + "%").query(Long.class).single() == 0);

		Kpis kpis = this.insights.kpis(shop.id(), InsightsFilter.lastDays(this.insights.today(shop.id()), 180));
		assertThat(kpis.repurchase().within30Days().whole()).isPositive();
		assertThat(kpis.repurchase().within90Days().part()).isPositive();
		assertThat(kpis.returns().overall().whole()).isPositive();
		assertThat(kpis.returns().overall().part()).isPositive();
		assertThat(kpis.satisfaction().csatAnswers()).isPositive();
		assertThat(kpis.delivery().onTime()).isNotEmpty();
		assertThat(kpis.delivery().lanes()).isNotEmpty();
		assertThat(kpis.tracking().shipments()).isPositive();
	}

}
