package dev.doorstep.history;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.LaneOverview;
import dev.doorstep.delivery.PredictionBasis;
import dev.doorstep.delivery.PromiseQuery;
import dev.doorstep.notification.Notifications;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.order.Orders;
import dev.doorstep.recommendation.internal.ShopModels;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The history import against the real database: good and bad rows, a second run, a dry
 * run, and what imported history feeds (delivery lanes and predictions, the cross-sell
 * model) and must not cause (shopper messages, webhooks, carrier polling).
 */
@DoorstepIntegrationTest
class HistoryImportIntegrationTests {

	static final String HEADER = String.join(",", HistoryImport.COLUMNS);

	/** Delivered parcels on one lane, enough for the lane's own history (30 needed). */
	static final int DELIVERED_ORDERS = 32;

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	HistoryImport history;

	@Autowired
	Orders orders;

	@Autowired
	Shipments shipments;

	@Autowired
	DeliveryPromises deliveries;

	@Autowired
	Notifications notifications;

	@Autowired
	ShopModels models;

	@Autowired
	JdbcClient jdbc;

	TestShops.TestShop shop;

	@BeforeEach
	void createShop() {
		this.shop = this.shops.create("History Shop");
	}

	/**
	 * Rows 2–3: one order of two lines in one delivered DHL parcel; row 4: a DPD order
	 * with dates only; rows 5–9 bad (bad date, unknown carrier, missing email, negative
	 * quantity, and a good line of the order with the negative quantity); then the
	 * delivered history of one lane.
	 */
	static String csv() {
		List<String> rows = new ArrayList<>();
		rows.add(HEADER);
		rows.add("H-1,ext-1,2025-03-01T10:00:00Z,anna@example.com,10115,DE,EUR,54.90,JKT-1,\"Rain jacket, navy\","
				+ "apparel,1,39.90,dhl,TRK0001,2025-03-02T08:00:00Z,2025-03-04T12:00:00Z,DELIVERED");
		rows.add("H-1,ext-1,2025-03-01T10:00:00Z,anna@example.com,10115,DE,EUR,54.90,SOCK-3,Wool socks,apparel,1,"
				+ "15.00,dhl,TRK0001,2025-03-02T08:00:00Z,2025-03-04T12:00:00Z,DELIVERED");
		rows.add("H-2,ext-2,2025-03-05,ben@example.com,80331,de,eur,19.90,MUG-1,Mug,kitchen,1,19.90,DPD,TRK0002,"
				+ "2025-03-06,2025-03-08,");
		rows.add("H-3,ext-3,2025-13-01T10:00:00Z,cleo@example.com,10115,DE,EUR,10.00,PEN-1,Pen,office,1,10.00,,,,,");
		rows.add("H-4,ext-4,2025-03-01T10:00:00Z,dan@example.com,10115,DE,EUR,10.00,PEN-1,Pen,office,1,10.00,"
				+ "pigeon-post,TRK0004,2025-03-02,,");
		rows.add("H-5,ext-5,2025-03-01T10:00:00Z,,10115,DE,EUR,10.00,PEN-1,Pen,office,1,10.00,,,,,");
		rows.add("H-6,ext-6,2025-03-01T10:00:00Z,eve@example.com,10115,DE,EUR,10.00,PEN-1,Pen,office,-2,10.00,,,,,");
		rows.add("H-6,ext-6,2025-03-01T10:00:00Z,eve@example.com,10115,DE,EUR,10.00,INK-1,Ink,office,1,5.00,,,,,");
		// Recent enough for the model's window (doorstep.delivery.history, 400 days).
		LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(100);
		for (int i = 0; i < DELIVERED_ORDERS; i++) {
			LocalDate placed = day.plusDays(i);
			rows.add("L-%d,lane-%d,%sT09:00:00Z,shopper%d@example.com,20095,DE,EUR,39.90,JKT-1,Rain jacket,apparel,1,"
				.formatted(i, i, placed, i)
					+ "39.90,dhl,LANE%04d,%sT16:00:00Z,%sT11:00:00Z,DELIVERED".formatted(i, placed,
							placed.plusDays(2)));
		}
		return String.join("\n", rows) + "\n";
	}

	@Test
	void importsTheGoodRowsAndRejectsTheBadOnesWithLineColumnAndReason() {
		ImportSummary summary = run(csv(), false);

		assertThat(summary.dryRun()).isFalse();
		assertThat(summary.rowsRead()).isEqualTo(8 + DELIVERED_ORDERS);
		assertThat(summary.ordersCreated()).isEqualTo(2 + DELIVERED_ORDERS);
		assertThat(summary.ordersAlreadyPresent()).isZero();
		assertThat(summary.shipmentsCreated()).isEqualTo(2 + DELIVERED_ORDERS);
		assertThat(summary.deliveriesLearned()).isEqualTo(2 + DELIVERED_ORDERS);
		assertThat(summary.rejected()).extracting(ImportSummary.Rejection::line, ImportSummary.Rejection::column)
			.containsExactly(tuple(5, "placed_at"), tuple(6, "carrier"), tuple(7, "email"), tuple(8, "quantity"),
					tuple(9, "order_number"));
		assertThat(summary.rejected().get(0).reason()).contains("2025-13-01T10:00:00Z").contains("ISO 8601");
		assertThat(summary.rejected().get(1).reason()).contains("pigeon-post").contains("dhl");
		assertThat(summary.rejected().get(2).reason()).isEqualTo("is required");
		assertThat(summary.rejected().get(3).reason()).isEqualTo("must be at least 1");
		assertThat(summary.rejected().get(4).reason()).contains("line 8");

		Order order = this.orders.findByExternalId(shopId(), "ext-1").orElseThrow();
		assertThat(order.orderNumber()).isEqualTo("H-1");
		assertThat(order.items()).extracting(Order.LineItem::sku, Order.LineItem::name)
			.containsExactly(tuple("JKT-1", "Rain jacket, navy"), tuple("SOCK-3", "Wool socks"));
		assertThat(order.total()).isEqualByComparingTo("54.90");
		assertThat(order.placedAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
		assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
		List<Shipment> parcels = this.shipments.forOrder(shopId(), order.id());
		assertThat(parcels).singleElement().satisfies(parcel -> {
			assertThat(parcel.trackingNumber()).isEqualTo("TRK0001");
			assertThat(parcel.status()).isEqualTo(TrackingStatus.DELIVERED);
			assertThat(parcel.deliveredAt()).isEqualTo(Instant.parse("2025-03-04T12:00:00Z"));
			assertThat(parcel.shippedAt()).isEqualTo(Instant.parse("2025-03-02T08:00:00Z"));
		});
		// Dates without a time are the start of the day in the shop's time zone.
		Order dated = this.orders.findByExternalId(shopId(), "ext-2").orElseThrow();
		assertThat(dated.placedAt()).isEqualTo(LocalDate.of(2025, 3, 5).atStartOfDay(zone()).toInstant());
		assertThat(dated.currency()).isEqualTo("EUR");
		assertThat(this.shipments.forOrder(shopId(), dated.id())).singleElement()
			.satisfies(parcel -> assertThat(parcel.carrier().value()).isEqualTo("dpd"));
		for (String rejected : List.of("ext-3", "ext-4", "ext-5", "ext-6")) {
			assertThat(this.orders.findByExternalId(shopId(), rejected)).as(rejected).isEmpty();
		}
	}

	@Test
	void aSecondRunOfTheSameFileAddsNothing() {
		run(csv(), false);
		int orders = count("orders");
		int parcels = count("shipment");

		ImportSummary again = run(csv(), false);

		assertThat(again.ordersCreated()).isZero();
		assertThat(again.ordersAlreadyPresent()).isEqualTo(2 + DELIVERED_ORDERS);
		assertThat(again.shipmentsCreated()).isZero();
		assertThat(again.shipmentsAlreadyPresent()).isEqualTo(2 + DELIVERED_ORDERS);
		assertThat(again.deliveriesLearned()).isZero();
		assertThat(again.rejected()).hasSize(5);
		assertThat(count("orders")).isEqualTo(orders).isEqualTo(2 + DELIVERED_ORDERS);
		assertThat(count("shipment")).isEqualTo(parcels).isEqualTo(2 + DELIVERED_ORDERS);
		assertThat(count("delivery_sample")).isEqualTo(2 + DELIVERED_ORDERS);
	}

	@Test
	void aDryRunCountsButStoresNothing() {
		ImportSummary dry = run(csv(), true);

		assertThat(dry.dryRun()).isTrue();
		assertThat(dry.ordersCreated()).isEqualTo(2 + DELIVERED_ORDERS);
		assertThat(dry.shipmentsCreated()).isEqualTo(2 + DELIVERED_ORDERS);
		assertThat(dry.rejected()).hasSize(5);
		assertThat(count("orders")).isZero();
		assertThat(count("shipment")).isZero();
		assertThat(count("delivery_sample")).isZero();
	}

	@Test
	void deliveredHistoryFeedsTheLaneHistoryPredictionsAndTheCrossSellModel() {
		run(csv(), false);

		LaneOverview lanes = this.deliveries.lanes(shopId());
		assertThat(lanes.lanes()).filteredOn(lane -> lane.carrier().equals("dhl"))
			.isNotEmpty()
			.allSatisfy(lane -> assertThat(lane.deliveries()).isGreaterThanOrEqualTo(DELIVERED_ORDERS));
		assertThat(this.deliveries
			.promise(shopId(), new PromiseQuery("dhl", null, null, null, "DE", "20095", Instant.now()))
			.basis()
			.source()).isEqualTo(PredictionBasis.Source.SHOP_HISTORY);

		// Jacket and socks were bought together in the imported order.
		assertThat(this.models.forShop(shopId()).recommend(List.of("JKT-1"), 5))
			.anySatisfy(recommendation -> assertThat(recommendation.sku()).isEqualTo("SOCK-3"));
	}

	@Test
	void theImportMessagesNoShopperSendsNoWebhookAndPollsNoCarrier() {
		ApiClient api = new ApiClient(this.port, this.shop.apiKey());
		assertThat(api
			.post("/api/v1/webhooks/subscriptions",
					Map.of("url", "http://localhost:9/hooks/" + UUID.randomUUID(), "types", List.of()))
			.status()).isEqualTo(201);

		run(csv(), false);

		// Live orders and parcels would be planned and matched within moments.
		Awaitility.await()
			.during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.notifications.count(shopId(), null, null) == 0 && webhookDeliveries() == 0);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM tracking_leg
				WHERE shop_id = :shop AND (next_poll_at IS NOT NULL OR poll_stopped IS DISTINCT FROM 'imported history')
				""").param("shop", shopId().value()).query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT bool_and(imported) FROM shipment WHERE shop_id = :shop")
			.param("shop", shopId().value())
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc.sql("SELECT bool_and(imported) FROM orders WHERE shop_id = :shop")
			.param("shop", shopId().value())
			.query(Boolean.class)
			.single()).isTrue();
		// Imported parcels are no one's packing list today.
		assertThat(this.shipments.reportedBetween(shopId(), Instant.now().minus(Duration.ofDays(1)), Instant.now(), 10))
			.isEmpty();
	}

	@Test
	void aParcelOfAnotherOrderRejectsTheWholeOrderThatNamesIt() {
		ImportSummary summary = run(String.join("\n", HEADER,
				"P-1,p-1,2025-03-01T10:00:00Z,anna@example.com,10115,DE,EUR,10.00,PEN-1,Pen,office,1,10.00,gls,SAME1,,,",
				"P-2,p-2,2025-03-01T10:00:00Z,ben@example.com,10115,DE,EUR,10.00,PEN-1,Pen,office,1,10.00,gls,SAME1,,,",
				"P-2,p-2,2025-03-01T10:00:00Z,ben@example.com,10115,DE,EUR,10.00,INK-1,Ink,office,1,0.00,,,,,"), false);

		assertThat(summary.ordersCreated()).isEqualTo(1);
		assertThat(summary.rejected()).extracting(ImportSummary.Rejection::line, ImportSummary.Rejection::column)
			.containsExactly(tuple(3, "tracking_number"), tuple(4, "tracking_number"));
		assertThat(summary.rejected().getFirst().reason()).contains("another order");
		// All or nothing per order: the rejected order left nothing behind.
		assertThat(this.orders.findByExternalId(shopId(), "p-2")).isEmpty();
		assertThat(count("shipment")).isEqualTo(1);
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedWhole() {
		assertThatThrownBy(() -> run("order_number,external_id,email\nH-1,ext-1,a@example.com\n", false))
			.isInstanceOf(HistoryFormatException.class)
			.hasMessageContaining("placed_at");
		assertThatThrownBy(() -> run(HEADER + ",colour\n", false)).isInstanceOf(HistoryFormatException.class)
			.hasMessageContaining("colour");
		assertThat(count("orders")).isZero();
	}

	private ImportSummary run(String csv, boolean dryRun) {
		return this.history.run(shopId(), new StringReader(csv), dryRun, ImportProgress.NONE);
	}

	private ShopId shopId() {
		return this.shop.shop().id();
	}

	private java.time.ZoneId zone() {
		return this.shop.shop().timeZone() == null ? ZoneOffset.UTC : this.shop.shop().timeZone();
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE shop_id = :shop")
			.param("shop", shopId().value())
			.query(Integer.class)
			.single();
	}

	private int webhookDeliveries() {
		return count("webhook_delivery");
	}

}
