package dev.doorstep.shipment.push.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code push_delivery}, the inbox of webhook calls.
 */
@Repository
public class PushDeliveryRepository {

	/** A stored delivery waiting to be worked off. */
	public record Pending(long id, ShopId shop, String source, byte[] body, int attempts) {
	}

	private final JdbcClient jdbc;

	PushDeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return whether the delivery is new (a resent one is ignored)
	 */
	public boolean store(ShopId shop, String source, String deliveryId, byte[] body, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO push_delivery (shop_id, source, delivery_id, body, received_at)
				VALUES (:shop, :source, :delivery, :body, :now)
				ON CONFLICT (shop_id, source, delivery_id) DO NOTHING
				""")
			.param("shop", shop.value())
			.param("source", source)
			.param("delivery", deliveryId)
			.param("body", body)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * The oldest pending delivery, locked so a second instance takes another; the caller
	 * works it off in the same transaction.
	 */
	public java.util.Optional<Pending> lockNext(int maxAttempts) {
		return this.jdbc.sql("""
				SELECT id, shop_id, source, body, attempts FROM push_delivery
				WHERE processed_at IS NULL AND attempts < :max
				ORDER BY received_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
				""")
			.param("max", maxAttempts)
			.query((rs, row) -> new Pending(rs.getLong(1), new ShopId(rs.getObject(2, UUID.class)), rs.getString(3),
					rs.getBytes(4), rs.getInt(5)))
			.optional();
	}

	public void done(ShopId shop, long id, String outcome, Instant now) {
		this.jdbc.sql("""
				UPDATE push_delivery SET processed_at = :now, outcome = :outcome, attempts = attempts + 1
				WHERE shop_id = :shop AND id = :id
				""")
			.param("now", Timestamp.from(now))
			.param("outcome", outcome.length() > 500 ? outcome.substring(0, 500) : outcome)
			.param("shop", shop.value())
			.param("id", id)
			.update();
	}

	public void failed(ShopId shop, long id, String outcome) {
		this.jdbc.sql("""
				UPDATE push_delivery SET attempts = attempts + 1, outcome = :outcome WHERE shop_id = :shop AND id = :id
				""")
			.param("outcome", outcome.length() > 500 ? outcome.substring(0, 500) : outcome)
			.param("shop", shop.value())
			.param("id", id)
			.update();
	}

	/** Pending deliveries of a shop, for tests and the console. */
	public int pending(ShopId shop) {
		return this.jdbc.sql("SELECT count(*) FROM push_delivery WHERE shop_id = :shop AND processed_at IS NULL")
			.param("shop", shop.value())
			.query(Integer.class)
			.single();
	}

}
