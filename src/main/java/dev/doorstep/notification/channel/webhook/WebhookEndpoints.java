package dev.doorstep.notification.channel.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The merchant's webhook URL and signing secret, one per shop.
 */
@Repository
class WebhookEndpoints {

	record Endpoint(String url, String secret, Instant updatedAt) {

		/** The secret as reads show it: enough to recognize, not to use. */
		String maskedSecret() {
			return "…" + this.secret.substring(Math.max(0, this.secret.length() - 4));
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	WebhookEndpoints(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Endpoint save(ShopId shop, String url, String secret) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO notification_webhook (shop_id, url, secret, updated_at) VALUES (:shop, :url, :secret, :at)
				ON CONFLICT (shop_id) DO UPDATE SET url = :url, secret = :secret, updated_at = :at
				""")
			.param("shop", shop.value())
			.param("url", url)
			.param("secret", secret)
			.param("at", Timestamp.from(now))
			.update();
		return new Endpoint(url, secret, now);
	}

	Optional<Endpoint> find(ShopId shop) {
		return this.jdbc.sql("SELECT url, secret, updated_at FROM notification_webhook WHERE shop_id = :shop")
			.param("shop", shop.value())
			.query((rs, row) -> new Endpoint(rs.getString("url"), rs.getString("secret"),
					rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

}
