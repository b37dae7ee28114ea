package dev.doorstep.insights;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.insights.InsightsScenario.Line;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Receipts;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.notification.internal.Links;
import dev.doorstep.order.Order;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import dev.doorstep.tracking.internal.PageViews;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.doorstep.insights.InsightsScenario.date;
import static dev.doorstep.insights.InsightsScenario.day;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events insights needs from the tracking page and the notification module are really
 * published: page views counted in memory and flushed as a batch, receipts, engagement
 * and unsubscribes as they are recorded.
 */
@DoorstepIntegrationTest
class InsightsFeedIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Insights insights;

	@Autowired
	InsightsScenario.Factory scenarios;

	@Autowired
	PageViews pageViews;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	Notifications notifications;

	@Autowired
	Receipts receipts;

	@Autowired
	Links links;

	@Test
	void trackingPageViewsAreCountedInMemoryAndPublishedInBatches() {
		TestShops.TestShop shop = this.shops.create("Insights Views");
		InsightsScenario s = this.scenarios.of(shop.shop().id());
		Order order = s.order("vera@example.com", "DE", day(-1), new Line("SKU-V", "bags", 1));
		Shipment parcel = s.parcel(order, "dhl", day(-1), date(1), null);
		Shipment unseen = s.parcel(order, "dhl", day(-1), date(1), null);
		ApiClient client = new ApiClient(this.port, shop.apiKey());
		this.pageViews.flush();

		for (int i = 0; i < 3; i++) {
			assertThat(client.get("/t/" + parcel.publicToken()).status()).isEqualTo(200);
		}
		// The timer may have published some of them already; what is left goes now.
		this.pageViews.flush();
		assertThat(client.get("/t/" + parcel.publicToken()).status()).isEqualTo(200);
		this.pageViews.flush();
		assertThat(this.pageViews.flush()).as("nothing new to publish").isZero();
		s.awaitListener();

		Kpis.TrackingVisits visits = this.insights
			.kpis(shop.shop().id(), new InsightsFilter(date(-2), date(0), null, null, null))
			.tracking();
		assertThat(visits.views()).isEqualTo(4);
		assertThat(visits.shipments()).isEqualTo(2);
		assertThat(visits.viewedShipments()).isEqualTo(1);
		assertThat(visits.distribution()).containsExactly(1L, 0L, 0L, 1L, 0L);
		assertThat(this.jdbc.sql("SELECT count(*) FROM insights_page_views WHERE shipment_id = :id")
			.param("id", unseen.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void receiptsEngagementAndUnsubscribesReachTheFunnel() {
		TestShops.TestShop shop = this.shops.create("Insights Receipts");
		ShopId shopId = shop.shop().id();
		InsightsScenario s = this.scenarios.of(shopId);
		Order order = s.order("rita-" + UUID.randomUUID() + "@example.com", "DE", day(0), new Line("SKU-R", "bags", 1));
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> !this.notifications.messages(shopId, order.id(), null, 10, 0).isEmpty());
		while (this.dispatcher.dispatchDue() > 0) {
			// until nothing is due
		}
		Message sent = this.notifications.messages(shopId, order.id(), null, 10, 0)
			.stream()
			.filter(m -> m.trigger() == Trigger.ORDER_CONFIRMED && m.status().sent())
			.findFirst()
			.orElseThrow();
		ApiClient client = new ApiClient(this.port, shop.apiKey());

		assertThat(this.receipts.record(sent.provider(), sent.providerId(), MessageStatus.DELIVERED, null)).isTrue();
		assertThat(client.get(path(this.links.openPixelUrl(shopId, sent.id()))).status()).isEqualTo(200);
		assertThat(client
			.postRaw(path(this.links.unsubscribeUrl(shopId, sent.id())), "List-Unsubscribe=One-Click".getBytes(),
					Map.of("Content-Type", "application/x-www-form-urlencoded"))
			.status()).isEqualTo(200);
		s.awaitListener();

		List<Kpis.Funnel> funnels = this.insights.kpis(shopId, new InsightsFilter(date(-1), date(1), null, null, null))
			.messages();
		assertThat(funnels).containsExactly(new Kpis.Funnel("ORDER_CONFIRMED", "EMAIL", 1, 1, 1, 0, 0, 1, 0));
	}

	private static String path(String url) {
		return url.substring(url.indexOf("/n/"));
	}

}
