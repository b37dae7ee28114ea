package dev.doorstep.demo;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.doorstep.delivery.DeliveryPrediction;
import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.PredictionBasis;
import dev.doorstep.delivery.PromiseQuery;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderDraft;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.NewShipment;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentCreated;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.TrackingUpdateResult;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;

import static org.assertj.core.api.Assertions.assertThat;

@DoorstepIntegrationTest
class DemoIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoSeeder seeder;

	@Autowired
	Simulator simulator;

	@Autowired
	DemoBanner banner;

	@Autowired
	Orders orders;

	@Autowired
	Shipments shipments;

	@Autowired
	ConsoleUsers users;

	@Autowired
	TestShops shops;

	@Autowired
	Clock clock;

	@Autowired
	DeliveryPromises deliveries;

	@Autowired
	dev.doorstep.insights.Insights insights;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/**
	 * The seeded shop's history, parcels, returns and ratings reach insights through the
	 * same events as a real shop's: its dashboard has numbers from the start.
	 */
	private void assertInsightsShowNumbers(Shop shop) {
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(120))
			.pollInterval(java.time.Duration.ofMillis(500))
			.until(() -> this.jdbc.sql("""
					SELECT count(*) FROM event_publication
					WHERE listener_id LIKE '%InsightsListener%' AND completion_date IS NULL
					  AND serialized_event LIKE :shop
					""").param("shop", "%" + shop.id().value() + "%").query(Long.class).single() == 0);
		dev.doorstep.insights.Kpis kpis = this.insights.kpis(shop.id(),
				dev.doorstep.insights.InsightsFilter.lastDays(this.insights.today(shop.id()), 180));
		assertThat(kpis.repurchase().within30Days().whole()).isPositive();
		assertThat(kpis.repurchase().within90Days().part()).isPositive();
		assertThat(kpis.returns().overall().whole()).isPositive();
		assertThat(kpis.returns().overall().part()).isPositive();
		assertThat(kpis.satisfaction().csatAnswers()).isPositive();
		assertThat(kpis.delivery().onTime()).isNotEmpty();
		assertThat(kpis.delivery().lanes()).isNotEmpty();
		assertThat(kpis.tracking().shipments()).isPositive();
	}

	private String country(Shop shop, Shipment shipment) {
		return this.orders.get(shop.id(), shipment.orderId()).shippingAddress().country();
	}

	@Autowired
	dev.doorstep.returns.Returns returns;

	@Autowired
	dev.doorstep.packaging.Packaging packaging;

	@Test
	void seedsOnlyAnEmptyDatabaseWithTheDemoEnabled() {
		assertThat(DemoSeeder.shouldSeed(true, false)).isTrue();
		assertThat(DemoSeeder.shouldSeed(true, true)).isFalse();
		assertThat(DemoSeeder.shouldSeed(false, false)).isFalse();
		// The shared test database has shops and the demo is off: nothing happens.
		assertThat(this.seeder.seedIfFirstStart(this.clock.instant())).isEmpty();
	}

	@Test
	void seedsTheDemoShopWithOrdersAndParcelsAcrossCarriersOnce() {
		DemoSeeder.Seeded first = DemoShopFixture.seed(this.seeder, this.clock.instant());
		Shop shop = first.shop();
		List<ShipmentId> parcels = this.simulator.parcels(shop.id());

		DemoSeeder.Seeded second = this.seeder.seed(this.clock.instant());

		assertThat(shop.slug()).isEqualTo("demo-outfitters");
		assertThat(shop.supportedLocales()).containsExactlyInAnyOrder("en", "de");
		int placed = 0;
		for (int i = 0; i < 50; i++) {
			placed += this.orders.findByNumber(shop.id(), "DO-" + (10001 + i)).size();
		}
		assertThat(placed).isEqualTo(50);
		List<Shipment> all = parcels.stream().map(id -> this.shipments.get(shop.id(), id)).toList();
		assertThat(all).hasSizeGreaterThan(35);
		Set<String> carriers = all.stream().map(s -> s.carrier().value()).collect(Collectors.toSet());
		assertThat(carriers).hasSizeGreaterThanOrEqualTo(5).contains("simulated");
		// As seeded: other test classes may have moved the shared demo shop's parcels on.
		Instant seededAt = DemoShopFixture.seededAt();
		Set<TrackingStatus> statuses = all.stream()
			.flatMap(parcel -> this.shipments.timeline(shop.id(), parcel.id())
				.stream()
				.filter(event -> !event.occurredAt().isAfter(seededAt))
				.reduce((earlier, later) -> later)
				.stream())
			.map(TrackingEvent::status)
			.collect(Collectors.toSet());
		assertThat(statuses).contains(TrackingStatus.DELIVERED);
		assertThat(statuses).hasSizeGreaterThanOrEqualTo(3);
		assertThat(this.shipments.timeline(shop.id(), all.get(0).id())).isNotEmpty();
		assertThat(first.password()).hasSize(16);
		UUID owner = this.users.findIdByEmail(DemoSeeder.CONSOLE_EMAIL).orElseThrow();
		assertThat(this.users.memberships(owner)).contains(new ConsoleUsers.Membership(shop.id(), ShopRole.OWNER));

		assertThat(second.password()).isNull();
		assertThat(second.shop().id()).isEqualTo(shop.id());
		// Seeding again adds nothing; new parcels can only be the shoppers' reorders.
		List<ShipmentId> now = this.simulator.parcels(shop.id());
		assertThat(now).containsAll(parcels);
		assertThat(now.stream()
			.filter(id -> !parcels.contains(id))
			.map(id -> this.orders.get(shop.id(), this.shipments.get(shop.id(), id).orderId()).orderNumber()))
			.allSatisfy(number -> assertThat(number).startsWith("DO-R"));
		assertInsightsShowNumbers(shop);

		// The demo's history: windows come from the shop's own deliveries from the start.
		DeliveryPrediction promise = this.deliveries.promise(shop.id(),
				new PromiseQuery("dhl", null, null, null, "DE", "10115", null));
		assertThat(promise.basis().source()).isEqualTo(PredictionBasis.Source.SHOP_HISTORY);
		assertThat(promise.basis().sampleSize()).isGreaterThanOrEqualTo(40);
		Shipment moving = all.stream()
			.filter(s -> !s.carrier().value().equals("simulated") && !s.status().isTerminal()
					&& s.status() != TrackingStatus.OUT_FOR_DELIVERY
					&& s.status() != TrackingStatus.AVAILABLE_FOR_PICKUP
					&& List.of("DE", "AT", "NL").contains(country(shop, s)))
			.findFirst()
			.orElseThrow();
		org.awaitility.Awaitility.await()
			.until(() -> this.deliveries.forShipment(shop.id(), moving.id())
				.map(p -> p.current().basis().source() == PredictionBasis.Source.SHOP_HISTORY)
				.orElse(false));

		// Returns to process, an exchange among them, under a policy with a return
		// address.
		dev.doorstep.returns.Returns.ReturnPage returns = this.returns.list(shop.id(),
				new dev.doorstep.returns.ReturnQuery(Set.of(), null, null, null, null, 0, 20));
		assertThat(returns.returns()).hasSize(4)
			.extracting(dev.doorstep.returns.ReturnRequest::status)
			.contains(dev.doorstep.returns.ReturnStatus.REQUESTED, dev.doorstep.returns.ReturnStatus.APPROVED);
		assertThat(returns.returns()).flatExtracting(dev.doorstep.returns.ReturnRequest::lines)
			.extracting(dev.doorstep.returns.ReturnRequest.Line::resolution)
			.contains(dev.doorstep.returns.Resolution.EXCHANGE);
		assertThat(this.returns.policy(shop.id()).returnAddress()).isNotNull();

		// Right-size packaging: the catalogue has dimensions and the shop its boxes, so
		// every demo parcel gets a box recommendation.
		assertThat(this.packaging.boxes(shop.id())).hasSize(5).filteredOn(b -> b.standard()).hasSize(1);
		assertThat(all).allSatisfy(parcel -> assertThat(this.packaging.recommendForShipment(shop.id(), parcel.id()))
			.isInstanceOf(dev.doorstep.packaging.Recommendation.Packed.class));

		String text = this.banner.banner(shop, null, Path.of("data/demo-credentials.txt"));
		assertThat(text).contains("/console", DemoSeeder.CONSOLE_EMAIL, "see data/demo-credentials.txt", "/t/");
		assertThat(text).doesNotContain("@example.com");
	}

	@Test
	void everyScenarioEndsInItsStatus() {
		assertEnd(Scenario.HOME, "DE", TrackingStatus.DELIVERED, "DELIVERED_RECIPIENT");
		assertEnd(Scenario.NEIGHBOUR, "DE", TrackingStatus.DELIVERED, "DELIVERED_NEIGHBOR");
		List<TrackingEvent> failed = assertEnd(Scenario.FAILED_ATTEMPT, "AT", TrackingStatus.DELIVERED,
				"DELIVERED_RECIPIENT");
		assertThat(failed).extracting(TrackingEvent::subStatus).contains("ATTEMPT_FAIL_RECIPIENT_ABSENT");
		List<TrackingEvent> pickup = assertEnd(Scenario.PICKUP, "NL", TrackingStatus.DELIVERED, "DELIVERED_PICKED_UP");
		assertThat(pickup).extracting(TrackingEvent::status).contains(TrackingStatus.AVAILABLE_FOR_PICKUP);
		List<TrackingEvent> exception = assertEnd(Scenario.EXCEPTION, "DE", TrackingStatus.EXCEPTION,
				"EXCEPTION_RETURNED_TO_SENDER");
		assertThat(exception).extracting(TrackingEvent::subStatus).contains("EXCEPTION_ADDRESS_UNKNOWN");
		assertEnd(Scenario.LOST, "DE", TrackingStatus.EXCEPTION, "EXCEPTION_LOST");
		List<TrackingEvent> damaged = assertEnd(Scenario.DAMAGED, "NL", TrackingStatus.DELIVERED,
				"DELIVERED_RECIPIENT");
		assertThat(damaged).extracting(TrackingEvent::description).anyMatch(d -> d.contains("damaged box"));
		List<TrackingEvent> abroad = assertEnd(Scenario.HOME, "GB", TrackingStatus.DELIVERED, "DELIVERED_RECIPIENT");
		assertThat(abroad).extracting(TrackingEvent::subStatus)
			.contains("IN_TRANSIT_CUSTOMS_STARTED", "IN_TRANSIT_CUSTOMS_CLEARED");
		assertThat(abroad).extracting(TrackingEvent::description).contains("Out for delivery");
	}

	private List<TrackingEvent> assertEnd(Scenario scenario, String country, TrackingStatus status, String subStatus) {
		Shop shop = this.shops.create("Scenario " + scenario).shop();
		Shipment shipment = ship(shop, country, new CarrierCode("dhl"));
		Instant now = this.clock.instant();
		this.simulator.register(shipment, scenario, now);
		for (int i = 0; i < 2000 && !this.simulator.find(shop.id(), shipment.id()).orElseThrow().finished(); i++) {
			now = now.plusSeconds(30);
			this.simulator.advance(now);
		}
		Shipment end = this.shipments.get(shop.id(), shipment.id());
		assertThat(end.status()).as(scenario + " to " + country).isEqualTo(status);
		assertThat(end.subStatus()).as(scenario + " to " + country).isEqualTo(subStatus);
		List<TrackingEvent> timeline = this.shipments.timeline(shop.id(), shipment.id());
		assertThat(timeline).hasSize(scenario.steps(Scenario.needsCustoms(country)).size());
		return timeline;
	}

	private Shipment ship(Shop shop, String country, CarrierCode carrier) {
		OrderDraft draft = new OrderDraft("o-" + UUID.randomUUID(), "S-1", this.clock.instant(), "EUR", "de",
				new Order.Customer("test@example.com", null, "Test", "Kunde"),
				new Order.Address("Musterstraße 1", null, "10115", "Berlin", country),
				List.of(new Order.LineItem("SKU-1", "Shirt", "apparel", null, 1, new BigDecimal("20.00"), null, null)),
				new BigDecimal("20.00"));
		Order order = this.orders.place(shop.id(), draft).order();
		return this.shipments
			.create(shop.id(), order.id(),
					new NewShipment(carrier, "T" + UUID.randomUUID().toString().substring(0, 12), null, List.of(),
							this.clock.instant(), null, null))
			.shipment();
	}

	@Test
	void replayingAStepAddsNoEvent() {
		Shop shop = this.shops.create("Replay").shop();
		Shipment shipment = ship(shop, "DE", new CarrierCode("dpd"));
		Instant now = this.clock.instant();
		this.simulator.register(shipment, Scenario.HOME, now);
		this.simulator.advance(now.plusSeconds(1));
		int before = this.shipments.timeline(shop.id(), shipment.id()).size();
		Order order = this.orders.get(shop.id(), shipment.orderId());

		TrackingUpdateResult replay = this.simulator.record(shop.id(), shipment.id(), order, Scenario.HOME.steps(false),
				0, now.plusSeconds(5));

		assertThat(before).isEqualTo(1);
		assertThat(replay.accepted()).isZero();
		assertThat(this.shipments.timeline(shop.id(), shipment.id())).hasSize(1);
	}

	@Test
	void drivesParcelsCreatedThroughTheApiWithTheSimulatedCarrier() throws InterruptedException {
		TestShops.TestShop shop = this.shops.create("Api simulated");
		ApiClient api = new ApiClient(this.port, shop.apiKey());
		String orderId = api.post("/api/v1/orders", Fixtures.order("o-" + UUID.randomUUID(), "3001")).text("/id");
		ApiClient.Response created = api.post("/api/v1/orders/" + orderId + "/shipments",
				Fixtures.shipment("simulated", "TEST-PICKUP-" + UUID.randomUUID().toString().substring(0, 8)));
		assertThat(created.status()).isEqualTo(201);
		ShipmentId id = new ShipmentId(UUID.fromString(created.text("/id")));

		Optional<Simulator.Parcel> parcel = Optional.empty();
		for (int i = 0; i < 100 && parcel.isEmpty(); i++) {
			Thread.sleep(100);
			parcel = this.simulator.find(shop.shop().id(), id);
		}

		assertThat(parcel).isPresent();
		assertThat(parcel.get().scenario()).isEqualTo(Scenario.PICKUP);
		this.simulator.advance(this.clock.instant().plusSeconds(1));
		assertThat(this.shipments.get(shop.shop().id(), id).status()).isNotEqualTo(TrackingStatus.PENDING);
	}

	@Test
	void ignoresOtherCarriers() {
		Shop shop = this.shops.create("Real carrier").shop();
		Shipment shipment = ship(shop, "DE", new CarrierCode("gls"));

		this.simulator.on(new ShipmentCreated(shipment.id(), shop.id(), shipment.orderId(), shipment.carrier()));

		assertThat(this.simulator.find(shop.id(), shipment.id())).isEmpty();
	}

	@Test
	void writesTheCredentialsForTheOwnerOnly(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("data/demo-credentials.txt");

		DemoBanner.writeCredentials(file, "s3cret-demo");

		assertThat(Files.readString(file)).contains("demo@doorstep.local", "s3cret-demo");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void aHomeDeliveryTakesMinutesNotHours() {
		assertThat(this.simulator.realDuration(Scenario.HOME, false)).isBetween(java.time.Duration.ofMinutes(5),
				java.time.Duration.ofMinutes(10));
	}

}
