package dev.doorstep.order.platform.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.doorstep.order.platform.PlatformConnection;
import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for platform connections, applied deliveries and the newest applied version of each
 * platform order. Every statement filters by shop.
 */
@Repository
public class PlatformRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	PlatformRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public PlatformConnection save(ShopId shop, String platform, String secret) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				INSERT INTO platform_connection (shop_id, platform, secret, created_at, updated_at)
				VALUES (:shop, :platform, :secret, :now, :now)
				ON CONFLICT (shop_id, platform) DO UPDATE SET secret = :secret, updated_at = :now
				""")
			.param("shop", shop.value())
			.param("platform", platform)
			.param("secret", secret)
			.param("now", now)
			.update();
		return find(shop, platform).orElseThrow();
	}

	public Optional<PlatformConnection> find(ShopId shop, String platform) {
		return this.jdbc.sql("SELECT * FROM platform_connection WHERE shop_id = :shop AND platform = :platform")
			.param("shop", shop.value())
			.param("platform", platform)
			.query((rs, row) -> new PlatformConnection(rs.getString("platform"), rs.getString("secret"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	public boolean delete(ShopId shop, String platform) {
		return this.jdbc.sql("DELETE FROM platform_connection WHERE shop_id = :shop AND platform = :platform")
			.param("shop", shop.value())
			.param("platform", platform)
			.update() > 0;
	}

	/**
	 * Records the delivery. {@code false} when it was recorded before: a redelivery.
	 */
	public boolean recordDelivery(ShopId shop, String platform, String deliveryId, String topic) {
		return this.jdbc.sql("""
				INSERT INTO platform_delivery (shop_id, platform, delivery_id, topic, received_at)
				VALUES (:shop, :platform, :delivery, :topic, :now)
				ON CONFLICT (shop_id, platform, delivery_id) DO NOTHING
				""")
			.param("shop", shop.value())
			.param("platform", platform)
			.param("delivery", deliveryId)
			.param("topic", topic)
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	/** Applied deliveries of this shop and platform, for tests and the console. */
	public List<String> deliveries(ShopId shop, String platform) {
		return this.jdbc.sql("""
				SELECT delivery_id FROM platform_delivery WHERE shop_id = :shop AND platform = :platform
				ORDER BY received_at, delivery_id
				""").param("shop", shop.value()).param("platform", platform).query(String.class).list();
	}

	/**
	 * Deletes delivery ids received before {@code cutoff}, of every shop: this is
	 * housekeeping across tenants, it reads nothing out.
	 * @return how many were deleted
	 */
	public int forgetDeliveriesBefore(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM platform_delivery WHERE received_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	/**
	 * Claims the version {@code updatedAt} of the platform order: {@code true} when it is
	 * newer than every version applied before (or the first), {@code false} when a newer
	 * or the same version was applied already. The row lock held until commit orders
	 * concurrent deliveries of the same order.
	 */
	public boolean claimNewer(ShopId shop, String platform, String externalId, Instant updatedAt) {
		return this.jdbc.sql("""
				INSERT INTO platform_order (shop_id, platform, external_id, updated_at)
				VALUES (:shop, :platform, :externalId, :updatedAt)
				ON CONFLICT (shop_id, platform, external_id) DO UPDATE SET updated_at = EXCLUDED.updated_at
				WHERE platform_order.updated_at < EXCLUDED.updated_at
				""")
			.param("shop", shop.value())
			.param("platform", platform)
			.param("externalId", externalId)
			.param("updatedAt", Timestamp.from(updatedAt))
			.update() == 1;
	}

}
