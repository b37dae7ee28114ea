package dev.doorstep.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.ClaimStatus;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Claims;
import dev.doorstep.experiment.Experiment;
import dev.doorstep.experiment.ExperimentReport;
import dev.doorstep.experiment.Experiments;
import dev.doorstep.experiment.Target;
import dev.doorstep.insights.Insights;
import dev.doorstep.insights.InsightsFilter;
import dev.doorstep.insights.Kpis;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.Shop;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import dev.doorstep.tracking.internal.PageViews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shop after a few minutes of simulated traffic: its shoppers opened their
 * tracking pages (more when late), clicked and bought recommended products, filed claims
 * for lost and damaged parcels that the merchant decided, and met the running experiment,
 * all through the public paths, so insights and the experiment report show it.
 */
@DoorstepIntegrationTest
class DemoShoppersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoSeeder seeder;

	@Autowired
	Simulator simulator;

	@Autowired
	Shoppers shoppers;

	@Autowired
	Clock clock;

	@Autowired
	PageViews pageViews;

	@Autowired
	Insights insights;

	@Autowired
	Claims claims;

	@Autowired
	Experiments experiments;

	@Autowired
	Shipments shipments;

	@Autowired
	dev.doorstep.order.Orders orders;

	@Autowired
	TestShops shops;

	@Autowired
	JdbcClient jdbc;

	/** A few minutes of traffic on accelerated time, driven with explicit instants. */
	static void runTraffic(Simulator simulator, Clock clock, PageViews pageViews, JdbcClient jdbc, Shop shop) {
		Instant now = clock.instant();
		for (int i = 1; i <= 12; i++) {
			// As the heartbeat does with the demo on (the test profile turns it off).
			simulator.advance(now.plus(Duration.ofSeconds(30L * i)), true);
		}
		pageViews.flush();
		awaitListeners(jdbc, shop);
	}

	/** Until every event about the shop has reached its listeners (insights, ...). */
	static void awaitListeners(JdbcClient jdbc, Shop shop) {
		Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE completion_date IS NULL AND serialized_event LIKE :shop
				""").param("shop", "%" + shop.id().value() + "%").query(Long.class).single() == 0);
	}

	@Test
	void shoppersVisitClickBuyAndClaimSoInsightsAndTheExperimentFillUp() {
		Shop shop = DemoShopFixture.seed(this.seeder, this.clock.instant()).shop();
		runTraffic(this.simulator, this.clock, this.pageViews, this.jdbc, shop);

		Kpis kpis = this.insights.kpis(shop.id(), InsightsFilter.lastDays(this.insights.today(shop.id()), 30));
		// Page views through GET /t/{token}: many parcels viewed, some of them often.
		assertThat(kpis.tracking().viewedShipments()).isGreaterThan(10);
		assertThat(kpis.tracking().views()).isGreaterThan(kpis.tracking().viewedShipments());
		assertThat(kpis.tracking().distribution().get(3) + kpis.tracking().distribution().get(4))
			.as("parcels viewed 3 times or more")
			.isPositive();
		// Lost and damaged parcels claimed, and the merchant decided some.
		assertThat(kpis.claims()).extracting(Kpis.ClaimFigures::type).contains("LOST", "DAMAGED");
		assertThat(kpis.claims().stream().mapToLong(c -> c.approved() + c.rejected() + c.resolved()).sum())
			.isPositive();
		List<Claim> all = this.claims.list(shop.id(), null, null);
		assertThat(all).extracting(Claim::type).contains(ClaimType.LOST, ClaimType.DAMAGED);
		assertThat(all).extracting(Claim::status).contains(ClaimStatus.RESOLVED);
		assertThat(all).allSatisfy(claim -> assertThat(this.shipments.get(shop.id(), claim.shipmentId()).status())
			.isIn(TrackingStatus.EXCEPTION, TrackingStatus.DELIVERED));
		// Recommendation clicks through the signed links, and orders they led to.
		assertThat(kpis.crossSell().clicks()).isPositive();
		assertThat(kpis.crossSell().attributedOrders()).isPositive();
		assertThat(kpis.crossSell().revenue()).isPositive();

		// The running experiment met the shoppers on their pages, in both arms.
		Experiment experiment = this.experiments.list(shop.id())
			.stream()
			.filter(e -> e.target().equals(new Target.PageModule("recommendations")))
			.findFirst()
			.orElseThrow();
		assertThat(experiment.running()).isTrue();
		ExperimentReport report = this.experiments.report(shop.id(), experiment.id(), Locale.ENGLISH);
		assertThat(report.arms()).extracting(ExperimentReport.ArmFigures::arm)
			.containsExactlyInAnyOrder("with", Experiment.HOLDOUT);
		assertThat(report.arms()).allSatisfy(arm -> assertThat(arm.shoppers()).isPositive());
		assertThat(report.comparisons()).isNotEmpty();
	}

	@Test
	void shoppersOfOtherShopsDoNothing() throws InterruptedException {
		TestShops.TestShop other = this.shops.create("Simulated elsewhere");
		ApiClient api = new ApiClient(this.port, other.apiKey());
		String orderId = api.post("/api/v1/orders", Fixtures.order("o-" + java.util.UUID.randomUUID(), "4001"))
			.text("/id");
		ShipmentId id = new ShipmentId(
				java.util.UUID.fromString(api
					.post("/api/v1/orders/" + orderId + "/shipments",
							Fixtures.shipment("simulated",
									"TEST-LOST-" + java.util.UUID.randomUUID().toString().substring(0, 8)))
					.text("/id")));
		java.util.Optional<Simulator.Parcel> parcel = java.util.Optional.empty();
		for (int i = 0; i < 100 && parcel.isEmpty(); i++) {
			Thread.sleep(100);
			parcel = this.simulator.find(other.shop().id(), id);
		}
		Instant now = this.clock.instant();
		for (int i = 0; i < 2000 && !this.simulator.find(other.shop().id(), id).orElseThrow().finished(); i++) {
			now = now.plusSeconds(30);
			this.simulator.advance(now, true);
		}

		// Lost, so a claim could be filed; but only the demo shop's shoppers file one.
		assertThat(parcel.orElseThrow().scenario()).isEqualTo(Scenario.LOST);
		assertThat(this.shipments.get(other.shop().id(), id).subStatus()).isEqualTo("EXCEPTION_LOST");
		assertThat(this.shoppers.isDemo(other.shop().id())).isFalse();
		assertThat(this.claims.list(other.shop().id(), null, null)).isEmpty();
	}

	@Test
	void withTheDemoOffTheHeartbeatMovesParcelsButShoppersStandStill() {
		// The test profile runs with doorstep.demo.enabled=false.
		Shop shop = DemoShopFixture.seed(this.seeder, this.clock.instant()).shop();
		Instant now = this.clock.instant();
		dev.doorstep.order.Order order = this.orders
			.place(shop.id(), new DemoData(5).order("demo-off-" + java.util.UUID.randomUUID(), "DO-OFF-1", now).draft())
			.order();
		dev.doorstep.shipment.Shipment parcel = this.shipments
			.create(shop.id(), order.id(),
					new dev.doorstep.shipment.NewShipment(new dev.doorstep.shipment.CarrierCode("dhl"),
							"00340434" + Math.abs(now.toEpochMilli() % 1_000_000_000_000L), "Standard", List.of(), now,
							null, null))
			.shipment();
		this.simulator.register(parcel, Scenario.LOST, now);
		for (int i = 0; i < 2000 && !this.simulator.find(shop.id(), parcel.id()).orElseThrow().finished(); i++) {
			now = now.plusSeconds(30);
			this.simulator.advance(now);
		}

		assertThat(this.shipments.get(shop.id(), parcel.id()).subStatus()).isEqualTo("EXCEPTION_LOST");
		assertThat(this.claims.forShipment(shop.id(), parcel.id())).isEmpty();
	}

	@Test
	void aLateOrTroubledParcelIsViewedMoreOften() {
		for (int roll = 0; roll < 100; roll++) {
			int quiet = Shoppers.views(TrackingStatus.IN_TRANSIT, false, roll);
			int late = Shoppers.views(TrackingStatus.IN_TRANSIT, true, roll);
			int trouble = Shoppers.views(TrackingStatus.ATTEMPT_FAIL, false, roll);
			assertThat(quiet).isBetween(0, 1);
			assertThat(late).isBetween(2, 4).isGreaterThan(quiet);
			assertThat(trouble).isBetween(2, 4);
		}
		assertThat(Shoppers.views(TrackingStatus.DELIVERED, true, 10)).as("delivered is not late").isEqualTo(1);
		assertThat(Shoppers.roll(new ShipmentId(new java.util.UUID(1, 2)), 3, "views"))
			.isEqualTo(Shoppers.roll(new ShipmentId(new java.util.UUID(1, 2)), 3, "views"));
		// One in twenty lost, one in twenty damaged.
		assertThat(java.util.stream.IntStream.range(0, 20).mapToObj(Scenario::pick)).containsOnlyOnce(Scenario.LOST,
				Scenario.DAMAGED);
		assertThat(dev.doorstep.runtime.ImageTypes.contentType(Shoppers.photo())).contains("image/png");
	}

}
