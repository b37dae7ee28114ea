package dev.doorstep.order.platform.shopware;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for Shopware registrations. Every statement filters by shop.
 */
@Repository
class ShopwareRepository {

	/**
	 * A registration as stored: the confirmed part (webhooks are verified with its shop
	 * secret) and the pending part of a handshake not yet confirmed.
	 */
	record Registration(@Nullable String shopwareShopId, @Nullable String shopUrl, @Nullable String shopSecret,
			@Nullable Instant confirmedAt, @Nullable String previousShopSecret, @Nullable Instant rotatedAt,
			@Nullable String pendingShopwareShopId, @Nullable String pendingShopUrl, @Nullable String pendingShopSecret,
			@Nullable Instant pendingAt) {

		@Override
		public String toString() {
			return "Registration[shopwareShopId=" + this.shopwareShopId + ", confirmedAt=" + this.confirmedAt + "]";
		}

	}

	private final JdbcClient jdbc;

	ShopwareRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Registration> find(ShopId shop) {
		return this.jdbc.sql("SELECT * FROM platform_shopware_registration WHERE shop_id = :shop")
			.param("shop", shop.value())
			.query((rs, row) -> new Registration(rs.getString("shopware_shop_id"), rs.getString("shop_url"),
					rs.getString("shop_secret"), instant(rs, "confirmed_at"), rs.getString("previous_shop_secret"),
					instant(rs, "rotated_at"), rs.getString("pending_shopware_shop_id"),
					rs.getString("pending_shop_url"), rs.getString("pending_shop_secret"), instant(rs, "pending_at")))
			.optional();
	}

	/** Keeps a handshake's new secret until the shop confirms it. */
	void savePending(ShopId shop, String shopwareShopId, String shopUrl, String secret, Instant now) {
		this.jdbc.sql("""
				INSERT INTO platform_shopware_registration (shop_id, pending_shopware_shop_id, pending_shop_url,
				                                            pending_shop_secret, pending_at)
				VALUES (:shop, :shopwareShopId, :shopUrl, :secret, :now)
				ON CONFLICT (shop_id, platform) DO UPDATE SET pending_shopware_shop_id = :shopwareShopId,
				  pending_shop_url = :shopUrl, pending_shop_secret = :secret, pending_at = :now
				""")
			.param("shop", shop.value())
			.param("shopwareShopId", shopwareShopId)
			.param("shopUrl", shopUrl)
			.param("secret", secret)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * The pending secret becomes the shop secret; the one it replaces stays acceptable
	 * for a short while. Only when the pending secret is still {@code pendingSecret}, so
	 * two confirmations racing cannot both win.
	 */
	boolean confirm(ShopId shop, String pendingSecret, Instant now) {
		return this.jdbc
			.sql("""
					UPDATE platform_shopware_registration SET
					  previous_shop_secret = shop_secret, rotated_at = CASE WHEN shop_secret IS NULL THEN NULL ELSE CAST(:now AS TIMESTAMPTZ) END,
					  shopware_shop_id = pending_shopware_shop_id, shop_url = pending_shop_url,
					  shop_secret = pending_shop_secret, confirmed_at = :now,
					  pending_shopware_shop_id = NULL, pending_shop_url = NULL, pending_shop_secret = NULL, pending_at = NULL
					WHERE shop_id = :shop AND pending_shop_secret = :pending
					""")
			.param("shop", shop.value())
			.param("pending", pendingSecret)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
