package dev.doorstep.console;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.doorstep.insights.Insights;
import dev.doorstep.insights.InsightsFilter;
import dev.doorstep.insights.internal.ListenerReplay;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.ShopRole;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The support deflection chart on {@code /console/insights} and its CSV download, with
 * the channel filter set to a support channel.
 */
@DoorstepIntegrationTest
class InsightsDeflectionConsoleTests {

	private static final String PASSWORD = "deflection-password-1";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	Insights insights;

	@Autowired
	ListenerReplay replay;

	@Test
	void theDashboardDrawsDeflectionAndItsCsvFollowsTheSupportChannelFilter() {
		TestShops.TestShop created = this.shops.create("Console Deflection");
		ShopId shop = created.shop().id();
		Instant yesterday = this.insights.today(shop)
			.minusDays(1)
			.atTime(12, 0)
			.atZone(created.shop().timeZone())
			.toInstant();
		this.replay.replay(
				new QuestionAnswered(shop, UUID.randomUUID(), Intent.RETURN, 0.9, Channel.WEB, false, yesterday),
				new QuestionAnswered(shop, UUID.randomUUID(), Intent.RETURN, 0.9, Channel.WEB, true, yesterday),
				new QuestionAnswered(shop, UUID.randomUUID(), Intent.REFUND, 0.9, Channel.PHONE, false, yesterday),
				new HandedOver(shop, UUID.randomUUID(), Intent.RETURN, Channel.WEB, null, yesterday));
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.insights.kpis(shop, InsightsFilter.lastDays(this.insights.today(shop), 30))
				.support()
				.stream()
				.mapToLong(d -> d.answered() + d.confirmed())
				.sum() == 4);
		ConsoleSession session = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, shop, ShopRole.AGENT, PASSWORD), PASSWORD);

		ConsoleSession.Page page = session.get("/console/insights?channel=WEB");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"chart-support-deflection\"", "id=\"tile-support-deflection\"",
				"<option value=\"WEB\" selected=\"selected\">Support: web</option>",
				"/console/insights/support-deflection.csv?from=");

		ConsoleSession.Page web = session.get("/console/insights/support-deflection.csv?channel=WEB");
		assertThat(web.status()).isEqualTo(200);
		assertThat(web.body().split("\r\n")).containsExactly(
				"Intent · channel,Deflection rate (%),Answered,Handed over,Confirmed hand-overs",
				"Return · Support: web,50,2,1,1");
		assertThat(session.get("/console/insights/support-deflection.csv").body().split("\r\n")).containsExactly(
				"Intent · channel,Deflection rate (%),Answered,Handed over,Confirmed hand-overs",
				"Refund · Support: phone,100,1,0,0", "Return · Support: web,50,2,1,1");
	}

}
