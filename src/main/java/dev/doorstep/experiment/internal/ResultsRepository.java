package dev.doorstep.experiment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Assignments, the orders of assigned shoppers and the outcomes seen for those orders.
 * Every write is idempotent (natural keys, {@code ON CONFLICT DO NOTHING}); every query
 * filters by shop.
 */
@Repository
public class ResultsRepository {

	private final JdbcClient jdbc;

	ResultsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One shopper's arm, as first recorded. */
	public record Assignment(String shopperKey, String arm, OrderId orderId, Instant assignedAt) {
	}

	/**
	 * Records the arm unless the shopper has one already, and links the order to the
	 * shopper.
	 * @return whether the assignment is new
	 */
	public boolean assign(ShopId shop, UUID experiment, String shopperKey, String arm, OrderId order,
			Instant orderPlacedAt, Instant now) {
		boolean fresh = this.jdbc.sql("""
				INSERT INTO experiment_assignment (experiment_id, shop_id, shopper_key, arm, order_id, assigned_at)
				VALUES (:experiment, :shop, :shopper, :arm, :order, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("experiment", experiment)
			.param("shop", shop.value())
			.param("shopper", shopperKey)
			.param("arm", arm)
			.param("order", order.value())
			.param("now", Timestamp.from(now))
			.update() == 1;
		linkOrder(shop, order, shopperKey, orderPlacedAt);
		return fresh;
	}

	public Optional<String> arm(ShopId shop, UUID experiment, String shopperKey) {
		return this.jdbc.sql("""
				SELECT arm FROM experiment_assignment
				WHERE shop_id = :shop AND experiment_id = :experiment AND shopper_key = :shopper
				""")
			.param("shop", shop.value())
			.param("experiment", experiment)
			.param("shopper", shopperKey)
			.query(String.class)
			.optional();
	}

	/** Whether the shopper is in any of the shop's experiments. */
	public boolean assignedAnywhere(ShopId shop, String shopperKey) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM experiment_assignment WHERE shop_id = :shop AND shopper_key = :shopper)
				""").param("shop", shop.value()).param("shopper", shopperKey).query(Boolean.class).single();
	}

	public void linkOrder(ShopId shop, OrderId order, String shopperKey, Instant placedAt) {
		this.jdbc.sql("""
				INSERT INTO experiment_order (shop_id, order_id, shopper_key, placed_at)
				VALUES (:shop, :order, :shopper, :placed)
				ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("order", order.value())
			.param("shopper", shopperKey)
			.param("placed", Timestamp.from(placedAt))
			.update();
	}

	/**
	 * Records an outcome for an order of an assigned shopper; other orders are ignored.
	 */
	public void outcome(ShopId shop, String kind, String ref, OrderId order, double value, Instant occurredAt) {
		this.jdbc.sql("""
				INSERT INTO experiment_outcome (shop_id, kind, ref, order_id, value, occurred_at)
				SELECT :shop, :kind, :ref, :order, :value, :at
				WHERE EXISTS (SELECT 1 FROM experiment_order WHERE shop_id = :shop AND order_id = :order)
				ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("kind", kind)
			.param("ref", ref)
			.param("order", order.value())
			.param("value", value)
			.param("at", Timestamp.from(occurredAt))
			.update();
	}

	public List<Assignment> assignments(ShopId shop, UUID experiment) {
		return this.jdbc.sql("""
				SELECT shopper_key, arm, order_id, assigned_at FROM experiment_assignment
				WHERE shop_id = :shop AND experiment_id = :experiment
				""")
			.param("shop", shop.value())
			.param("experiment", experiment)
			.query((rs, n) -> new Assignment(rs.getString(1), rs.getString(2), new OrderId(rs.getObject(3, UUID.class)),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** An order of an assigned shopper. */
	public record LinkedOrder(String shopperKey, OrderId orderId, Instant placedAt) {
	}

	public List<LinkedOrder> orders(ShopId shop, UUID experiment) {
		return this.jdbc.sql("""
				SELECT o.shopper_key, o.order_id, o.placed_at
				FROM experiment_order o
				JOIN experiment_assignment a ON a.shop_id = o.shop_id AND a.shopper_key = o.shopper_key
				WHERE o.shop_id = :shop AND a.experiment_id = :experiment
				""")
			.param("shop", shop.value())
			.param("experiment", experiment)
			.query((rs, n) -> new LinkedOrder(rs.getString(1), new OrderId(rs.getObject(2, UUID.class)),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** An outcome of an assigned shopper, seen after their assignment. */
	public record Outcome(String shopperKey, String kind, double value) {
	}

	public List<Outcome> outcomes(ShopId shop, UUID experiment) {
		return this.jdbc.sql("""
				SELECT o.shopper_key, x.kind, x.value
				FROM experiment_outcome x
				JOIN experiment_order o ON o.shop_id = x.shop_id AND o.order_id = x.order_id
				JOIN experiment_assignment a ON a.shop_id = o.shop_id AND a.shopper_key = o.shopper_key
				WHERE x.shop_id = :shop AND a.experiment_id = :experiment AND x.occurred_at >= a.assigned_at
				""")
			.param("shop", shop.value())
			.param("experiment", experiment)
			.query((rs, n) -> new Outcome(rs.getString(1), rs.getString(2), rs.getDouble(3)))
			.list();
	}

}
