package dev.doorstep.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.PastDelivery;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's delivery page: carrier and lane table from the shop's own deliveries, and
 * the settings form (owners save, errors next to the field, agents read only).
 */
@DoorstepIntegrationTest
class DeliveryConsoleTests {

	private static final String PASSWORD = "delivery-console-password";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	DeliveryPromises promises;

	TestShops.TestShop shop;

	@BeforeEach
	void shop() {
		this.shop = this.shops.create("Delivery Console");
	}

	@Test
	void theLaneTableShowsMedianAndNinetiethPercentileOfTheShopsDeliveries() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		List<PastDelivery> deliveries = new ArrayList<>();
		LocalDate monday = LocalDate.of(2026, 10, 5);
		for (int i = 0; i < 40; i++) {
			LocalDate day = monday.plusWeeks(i % 5);
			// 36 in two business days (Wednesday), 4 in four (Friday).
			LocalDate delivered = day.plusDays(i < 36 ? 2 : 4);
			deliveries.add(new PastDelivery("c-" + i, "dpd", null, "DE", null, "DE", null,
					day.atTime(12, 0).atZone(berlin).toInstant(), delivered.atTime(12, 0).atZone(berlin).toInstant(),
					day.plusDays(3)));
		}
		assertThat(this.promises.importHistory(this.shop.shop().id(), deliveries)).isEqualTo(40);
		assertThat(this.promises.importHistory(this.shop.shop().id(), deliveries)).isZero();
		ConsoleSession owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shop.shop().id(), ShopRole.OWNER, PASSWORD), PASSWORD);

		ConsoleSession.Page page = owner.get("/console/delivery");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Delivery promise").contains("id=\"delivery-lanes\"");
		String lanes = page.body().substring(page.body().indexOf("id=\"delivery-lanes\""));
		assertThat(lanes).contains("dpd/DE→DE").contains(">40<").contains(">2.0<").contains(">4.0<");
	}

	@Test
	void ownersSaveTheSettingsAgentsOnlyReadThem() {
		ConsoleSession owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shop.shop().id(), ShopRole.OWNER, PASSWORD), PASSWORD);
		owner.get("/console/delivery");

		ConsoleSession.Page refused = owner.post("/console/delivery", Map.of("delayThreshold", "2", "coverage", "0.9",
				"cutOff", "25:00", "originCountry", "DE", "originPostcode", "", "defaultDays", "dhl DE 2"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("cutOff-error").contains("HH:mm");
		assertThat(this.promises.settings(this.shop.shop().id()).originCountry()).isNull();

		owner.get("/console/delivery");
		ConsoleSession.Page saved = owner.post("/console/delivery",
				Map.of("delayThreshold", "0.4", "coverage", "0.9", "cutOff", "14:30", "originCountry", "de",
						"originPostcode", "04109", "defaultDays", "dhl DE 2\ngls AT 3"));
		assertThat(saved.status()).isEqualTo(302);
		var settings = this.promises.settings(this.shop.shop().id());
		assertThat(settings.delayThreshold()).isEqualTo(0.4);
		assertThat(settings.cutOff()).hasToString("14:30");
		assertThat(settings.originCountry()).isEqualTo("DE");
		assertThat(settings.defaultDays("gls", "AT")).isEqualTo(3);
		assertThat(owner.get("/console/delivery").body()).contains("Delivery settings saved.");

		ConsoleSession agent = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shop.shop().id(), ShopRole.AGENT, PASSWORD), PASSWORD);
		assertThat(agent.get("/console/delivery").body()).contains("value=\"14:30\"");
		ConsoleSession.Page forbidden = agent.post("/console/delivery", Map.of("delayThreshold", "0.9"));
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(this.promises.settings(this.shop.shop().id()).delayThreshold()).isEqualTo(0.4);
	}

}
