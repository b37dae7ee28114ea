package dev.doorstep.webhook.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.shop.ShopId;
import dev.doorstep.webhook.Subscription;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Webhook subscriptions; every statement is scoped by shop.
 */
@Repository
public class SubscriptionRepository {

	private static final String COLUMNS = "shop_id, id, url, secret, types, enabled, description, disabled_reason, created_at, updated_at";

	private final JdbcClient jdbc;

	SubscriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Subscription subscription) {
		this.jdbc
			.sql("INSERT INTO webhook_subscription (" + COLUMNS
					+ ") VALUES (:shop, :id, :url, :secret, :types, :enabled, :description, NULL, :created, :created)")
			.param("shop", subscription.shop().value())
			.param("id", subscription.id())
			.param("url", subscription.url())
			.param("secret", subscription.secret())
			.param("types", subscription.types().toArray(String[]::new))
			.param("enabled", subscription.enabled())
			.param("description", subscription.description())
			.param("created", Timestamp.from(subscription.createdAt()))
			.update();
	}

	/** Saves what the merchant may change; enabling clears Doorstep's reason. */
	public void update(Subscription subscription) {
		this.jdbc.sql("""
				UPDATE webhook_subscription SET url = :url, types = :types, enabled = :enabled,
				  description = :description, disabled_reason = :reason, updated_at = :updated
				WHERE shop_id = :shop AND id = :id
				""")
			.param("shop", subscription.shop().value())
			.param("id", subscription.id())
			.param("url", subscription.url())
			.param("types", subscription.types().toArray(String[]::new))
			.param("enabled", subscription.enabled())
			.param("description", subscription.description())
			.param("reason", subscription.disabledReason())
			.param("updated", Timestamp.from(subscription.updatedAt()))
			.update();
	}

	public void rotateSecret(ShopId shop, UUID id, String secret, Instant now) {
		this.jdbc.sql(
				"UPDATE webhook_subscription SET secret = :secret, updated_at = :now WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.param("secret", secret)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Switched off by Doorstep, with the reason the merchant sees. */
	public void disable(ShopId shop, UUID id, String reason, Instant now) {
		this.jdbc.sql("""
				UPDATE webhook_subscription SET enabled = FALSE, disabled_reason = :reason, updated_at = :now
				WHERE shop_id = :shop AND id = :id
				""")
			.param("shop", shop.value())
			.param("id", id)
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.update();
	}

	public boolean delete(ShopId shop, UUID id) {
		return this.jdbc.sql("DELETE FROM webhook_subscription WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.update() > 0;
	}

	public Optional<Subscription> find(ShopId shop, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.query(SubscriptionRepository::map)
			.optional();
	}

	public List<Subscription> list(ShopId shop) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE shop_id = :shop ORDER BY created_at, id")
			.param("shop", shop.value())
			.query(SubscriptionRepository::map)
			.list();
	}

	public List<Subscription> enabled(ShopId shop) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE shop_id = :shop AND enabled")
			.param("shop", shop.value())
			.query(SubscriptionRepository::map)
			.list();
	}

	private static Subscription map(ResultSet rs, int row) throws SQLException {
		return new Subscription(new ShopId(rs.getObject("shop_id", UUID.class)), rs.getObject("id", UUID.class),
				rs.getString("url"), rs.getString("secret"), strings(rs.getArray("types")), rs.getBoolean("enabled"),
				rs.getString("description"), rs.getString("disabled_reason"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
