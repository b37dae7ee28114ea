package dev.doorstep.insights;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderDraft;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.NewShipment;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.TrackingUpdate;
import dev.doorstep.shop.ShopId;
import org.awaitility.Awaitility;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds a shop's insights through the real order and shipment APIs and through published
 * domain events, and waits until the insights listener has handled every event of the
 * shop.
 */
final class InsightsScenario {

	/**
	 * The test shops' zone ({@code NewShop.minimal}): reports count days there, so
	 * "today" must be that zone's, or a test run late in the UTC evening finds its events
	 * of a moment ago on tomorrow's page.
	 */
	static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Berlin");

	static final LocalDate TODAY = LocalDate.now(SHOP_ZONE);

	private final ShopId shop;

	private final Orders orders;

	private final Shipments shipments;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	InsightsScenario(ShopId shop, Orders orders, Shipments shipments, ApplicationEventPublisher events,
			TransactionTemplate transactions, JdbcClient jdbc) {
		this.shop = shop;
		this.orders = orders;
		this.shipments = shipments;
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/** Makes a scenario for a shop, with the application's beans. */
	@Component
	static class Factory {

		private final Orders orders;

		private final Shipments shipments;

		private final ApplicationEventPublisher events;

		private final TransactionTemplate transactions;

		private final JdbcClient jdbc;

		Factory(Orders orders, Shipments shipments, ApplicationEventPublisher events, TransactionTemplate transactions,
				JdbcClient jdbc) {
			this.orders = orders;
			this.shipments = shipments;
			this.events = events;
			this.transactions = transactions;
			this.jdbc = jdbc;
		}

		InsightsScenario of(ShopId shop) {
			return new InsightsScenario(shop, this.orders, this.shipments, this.events, this.transactions, this.jdbc);
		}

	}

	/** Noon UTC of the day {@code days} from today (negative: in the past). */
	static Instant day(int days) {
		return TODAY.plusDays(days).atTime(12, 0).atZone(SHOP_ZONE).toInstant();
	}

	static LocalDate date(int days) {
		return TODAY.plusDays(days);
	}

	record Line(String sku, String category, int quantity) {
	}

	Order order(String email, String country, Instant placedAt, Line... lines) {
		List<Order.LineItem> items = java.util.Arrays.stream(lines)
			.map(line -> new Order.LineItem(line.sku(), "Item " + line.sku(), line.category(), null, line.quantity(),
					new BigDecimal("10.00"), null, null))
			.toList();
		String number = "IN-" + UUID.randomUUID().toString().substring(0, 8);
		return this.orders
			.place(this.shop,
					new OrderDraft("ext-" + UUID.randomUUID(), number, placedAt, "EUR", "en",
							new Order.Customer(email, null, "Ina", "Sight"),
							new Order.Address("Weg 1", null, "10115", "Town", country), items,
							new BigDecimal("10.00").multiply(
									BigDecimal.valueOf(java.util.Arrays.stream(lines).mapToInt(Line::quantity).sum()))))
			.order();
	}

	/**
	 * A parcel shipped (and delivered, when {@code deliveredAt} is given) in one
	 * transaction, so every listener sees it as it ends up.
	 */
	Shipment parcel(Order order, String carrier, Instant shippedAt, LocalDate promised, Instant deliveredAt) {
		return this.transactions.execute(status -> {
			Shipment shipment = this.shipments
				.create(this.shop, order.id(),
						new NewShipment(new CarrierCode(carrier), "IN" + UUID.randomUUID().toString().substring(0, 10),
								"Standard", List.of(), shippedAt, new Shipment.Origin("04109", "DE"), promised))
				.shipment();
			if (deliveredAt != null) {
				this.shipments.record(this.shop, shipment.id(), List.of(new TrackingUpdate(deliveredAt,
						TrackingStatus.DELIVERED, null, null, "Delivered", null, "d-" + shipment.id().value())));
			}
			return shipment;
		});
	}

	void publish(Object... published) {
		this.transactions.executeWithoutResult(status -> {
			for (Object event : published) {
				this.events.publishEvent(event);
			}
		});
	}

	/**
	 * Waits until the insights listener finished every event that names this shop. Equal
	 * events published more than once count as done when one of their publications is:
	 * the registry may leave the others of a pair that ran at the same moment open (they
	 * would be resubmitted on restart, and the read models ignore repeats anyway).
	 */
	void awaitListener() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.jdbc.sql("""
					SELECT count(*) FROM (
					  SELECT serialized_event FROM event_publication
					  WHERE listener_id LIKE '%InsightsListener%' AND serialized_event LIKE :shop
					  GROUP BY serialized_event HAVING count(completion_date) = 0
					) open
					""").param("shop", "%" + this.shop.value() + "%").query(Long.class).single() == 0);
	}

}
