package dev.doorstep.order.platform.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.order.platform.PlatformConnection;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

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

	public PlatformConnection save(ShopId shop, String platform, PlatformConnection.Settings settings) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				INSERT INTO platform_connection (shop_id, platform, secret, created_at, updated_at)
				VALUES (:shop, :platform, :secret, :now, :now)
				ON CONFLICT (shop_id, platform) DO UPDATE SET secret = :secret, updated_at = :now
				""")
			.param("shop", shop.value())
			.param("platform", platform)
			.param("secret", settings.secret())
			.param("now", now)
			.update();
		this.jdbc.sql("""
				INSERT INTO platform_connection_settings (shop_id, platform, base_url, access_token, app_name)
				VALUES (:shop, :platform, :baseUrl, :accessToken, :appName)
				ON CONFLICT (shop_id, platform) DO UPDATE SET base_url = :baseUrl, access_token = :accessToken,
				  app_name = :appName
				""")
			.param("shop", shop.value())
			.param("platform", platform)
			.param("baseUrl", settings.baseUrl())
			.param("accessToken", settings.accessToken())
			.param("appName", settings.appName())
			.update();
		return find(shop, platform).orElseThrow();
	}

	public Optional<PlatformConnection> find(ShopId shop, String platform) {
		return this.jdbc.sql("""
				SELECT c.platform, c.secret, s.base_url, s.access_token, s.app_name, c.created_at, c.updated_at
				FROM platform_connection c
				LEFT JOIN platform_connection_settings s ON s.shop_id = c.shop_id AND s.platform = c.platform
				WHERE c.shop_id = :shop AND c.platform = :platform
				""")
			.param("shop", shop.value())
			.param("platform", platform)
			.query((rs, row) -> new PlatformConnection(rs.getString("platform"), rs.getString("secret"),
					rs.getString("base_url"), rs.getString("access_token"), rs.getString("app_name"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	/**
	 * Removes the connection with everything that belongs to it: its settings, a Shopware
	 * registration, a pull's progress.
	 */
	public boolean delete(ShopId shop, String platform) {
		for (String table : List.of("platform_connection_settings", "platform_shopware_registration",
				"platform_pull")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE shop_id = :shop AND platform = :platform")
				.param("shop", shop.value())
				.param("platform", platform)
				.update();
		}
		return this.jdbc.sql("DELETE FROM platform_connection WHERE shop_id = :shop AND platform = :platform")
			.param("shop", shop.value())
			.param("platform", platform)
			.update() > 0;
	}

	/**
	 * Shops connected to {@code platform} with an API to pull from, across tenants: the
	 * scheduled pull then works per shop.
	 */
	public List<ShopId> shopsWithApi(String platform) {
		return this.jdbc.sql("""
				SELECT c.shop_id FROM platform_connection c
				JOIN platform_connection_settings s ON s.shop_id = c.shop_id AND s.platform = c.platform
				WHERE c.platform = :platform AND s.base_url IS NOT NULL AND s.access_token IS NOT NULL
				ORDER BY c.shop_id
				""")
			.param("platform", platform)
			.query((rs, row) -> new ShopId(rs.getObject("shop_id", UUID.class)))
			.list();
	}

	/** The newest {@code updated_at} a pull of this resource applied, if any. */
	public Optional<Instant> highWaterMark(ShopId shop, String platform, String resource) {
		return this.jdbc.sql("""
				SELECT high_water_mark FROM platform_pull
				WHERE shop_id = :shop AND platform = :platform AND resource = :resource AND high_water_mark IS NOT NULL
				""")
			.param("shop", shop.value())
			.param("platform", platform)
			.param("resource", resource)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/**
	 * Records a pull's run: the mark only moves forward; the error is that of this run
	 * ({@code null} when it went through).
	 */
	public void recordPull(ShopId shop, String platform, String resource, @Nullable Instant mark,
			@Nullable String error) {
		this.jdbc.sql("""
				INSERT INTO platform_pull (shop_id, platform, resource, high_water_mark, last_run_at, last_error)
				VALUES (:shop, :platform, :resource, :mark, :now, :error)
				ON CONFLICT (shop_id, platform, resource) DO UPDATE SET
				  high_water_mark = GREATEST(platform_pull.high_water_mark, EXCLUDED.high_water_mark),
				  last_run_at = EXCLUDED.last_run_at, last_error = EXCLUDED.last_error
				""")
			.param("shop", shop.value())
			.param("platform", platform)
			.param("resource", resource)
			.param("mark", mark == null ? null : Timestamp.from(mark))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("error", error)
			.update();
	}

	/** The last run of each pulled resource: resource → (mark, run at, error). */
	public List<PullState> pulls(ShopId shop, String platform) {
		return this.jdbc.sql("""
				SELECT resource, high_water_mark, last_run_at, last_error FROM platform_pull
				WHERE shop_id = :shop AND platform = :platform ORDER BY resource
				""")
			.param("shop", shop.value())
			.param("platform", platform)
			.query((rs, row) -> new PullState(rs.getString("resource"), instant(rs.getTimestamp("high_water_mark")),
					instant(rs.getTimestamp("last_run_at")), rs.getString("last_error")))
			.list();
	}

	/** How far a pull of one resource has come. */
	public record PullState(String resource, @Nullable Instant highWaterMark, @Nullable Instant lastRunAt,
			@Nullable String lastError) {
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
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
