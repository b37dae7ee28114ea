package dev.doorstep.notification.channel.webpush;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The browsers subscribed to an order's updates. A subscription is revoked, never
 * deleted, so the history of who was sent what stays explainable.
 */
@Repository
class PushSubscriptions {

	/** One browser's subscription: where to post and the keys to encrypt for it. */
	record Subscription(UUID id, OrderId orderId, String endpoint, String p256dh, String auth) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	PushSubscriptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Stores a subscription; the same browser subscribing again replaces its keys.
	 * @return the subscription's id
	 */
	UUID subscribe(ShopId shop, OrderId order, String endpoint, String p256dh, String auth) {
		revoke(shop, order, endpoint);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO push_subscription (shop_id, id, order_id, endpoint, p256dh, auth, created_at)
				VALUES (:shop, :id, :order, :endpoint, :p256dh, :auth, :at)
				""")
			.param("shop", shop.value())
			.param("id", id)
			.param("order", order.value())
			.param("endpoint", endpoint)
			.param("p256dh", p256dh)
			.param("auth", auth)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

	List<Subscription> active(ShopId shop, OrderId order) {
		return this.jdbc.sql("""
				SELECT id, order_id, endpoint, p256dh, auth FROM push_subscription
				WHERE shop_id = :shop AND order_id = :order AND revoked_at IS NULL ORDER BY created_at
				""")
			.param("shop", shop.value())
			.param("order", order.value())
			.query((rs, row) -> new Subscription(rs.getObject("id", UUID.class),
					new OrderId(rs.getObject("order_id", UUID.class)), rs.getString("endpoint"), rs.getString("p256dh"),
					rs.getString("auth")))
			.list();
	}

	int countActive(ShopId shop, OrderId order) {
		return this.jdbc.sql("""
				SELECT count(*) FROM push_subscription
				WHERE shop_id = :shop AND order_id = :order AND revoked_at IS NULL
				""").param("shop", shop.value()).param("order", order.value()).query(Integer.class).single();
	}

	/**
	 * @return whether an active subscription with this endpoint was revoked
	 */
	boolean revoke(ShopId shop, OrderId order, String endpoint) {
		return this.jdbc.sql("""
				UPDATE push_subscription SET revoked_at = :at
				WHERE shop_id = :shop AND order_id = :order AND endpoint = :endpoint AND revoked_at IS NULL
				""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("shop", shop.value())
			.param("order", order.value())
			.param("endpoint", endpoint)
			.update() > 0;
	}

	/** The push service said the subscription is gone (404/410). */
	void revoke(ShopId shop, UUID id) {
		this.jdbc.sql("""
				UPDATE push_subscription SET revoked_at = :at
				WHERE shop_id = :shop AND id = :id AND revoked_at IS NULL
				""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("shop", shop.value())
			.param("id", id)
			.update();
	}

}
