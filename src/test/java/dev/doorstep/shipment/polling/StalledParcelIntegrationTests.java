package dev.doorstep.shipment.polling;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dev.doorstep.notification.Message;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.OrderId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parcel on its way without carrier news for three days is reported as stalled once,
 * and the shopper hears about it.
 */
@DoorstepIntegrationTest
class StalledParcelIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	TrackingExpiry expiry;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSilentParcelIsReportedOnceAndTheShopperIsTold() {
		TestShops.TestShop shop = this.shops.create("Stalled");
		ApiClient api = new ApiClient(this.port, shop.apiKey());
		String order = api.post("/api/v1/orders", Fixtures.order("ext-" + UUID.randomUUID(), "ST-1")).text("/id");
		String parcel = api
			.post("/api/v1/orders/" + order + "/shipments", Fixtures.shipment("dhl", "STALL" + System.nanoTime()))
			.text("/id");
		api.post("/api/v1/shipments/" + parcel + "/events", Fixtures
			.events(List.of(Fixtures.event(Instant.now().minus(4, ChronoUnit.DAYS).toString(), "IN_TRANSIT", "s-1"))));

		int first = this.expiry.flagStalled();
		int again = this.expiry.flagStalled();

		assertThat(first).isGreaterThanOrEqualTo(1);
		assertThat(again).isZero();
		Awaitility.await()
			.until(() -> messages(shop, order).stream().anyMatch(message -> message.trigger() == Trigger.STALLED));
		assertThat(this.jdbc.sql("SELECT stalled_at IS NOT NULL FROM shipment WHERE id = :id")
			.param("id", UUID.fromString(parcel))
			.query(Boolean.class)
			.single()).isTrue();

		// News arrives, then silence again: eligible once more.
		api.post("/api/v1/shipments/" + parcel + "/events", Fixtures
			.events(List.of(Fixtures.event(Instant.now().minus(1, ChronoUnit.HOURS).toString(), "IN_TRANSIT", "s-2"))));
		// ... and three days pass: the flag is older than the last news.
		this.jdbc.sql("UPDATE shipment SET last_event_at = :old, stalled_at = :older WHERE id = :id")
			.param("old", Timestamp.from(Instant.now().minus(4, ChronoUnit.DAYS).plusSeconds(60)))
			.param("older", Timestamp.from(Instant.now().minus(5, ChronoUnit.DAYS)))
			.param("id", UUID.fromString(parcel))
			.update();
		assertThat(this.expiry.flagStalled()).isGreaterThanOrEqualTo(1);
	}

	private List<Message> messages(TestShops.TestShop shop, String order) {
		return this.notifications.messages(shop.shop().id(), new OrderId(UUID.fromString(order)), null, 50, 0);
	}

}
