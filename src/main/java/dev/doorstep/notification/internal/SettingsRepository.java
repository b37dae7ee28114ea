package dev.doorstep.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import dev.doorstep.notification.NotificationSettings;
import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code notification_settings}.
 */
@Repository
public class SettingsRepository {

	private final JdbcClient jdbc;

	SettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<NotificationSettings> find(ShopId shop) {
		return this.jdbc
			.sql("""
					SELECT marketing_needs_consent, track_opens, track_clicks FROM notification_settings WHERE shop_id = :shop
					""")
			.param("shop", shop.value())
			.query((rs, row) -> new NotificationSettings(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
			.optional();
	}

	public void save(ShopId shop, NotificationSettings settings, Instant now) {
		this.jdbc
			.sql("""
					INSERT INTO notification_settings (shop_id, marketing_needs_consent, track_opens, track_clicks, updated_at)
					VALUES (:shop, :marketing, :opens, :clicks, :now)
					ON CONFLICT (shop_id) DO UPDATE SET marketing_needs_consent = EXCLUDED.marketing_needs_consent,
					  track_opens = EXCLUDED.track_opens, track_clicks = EXCLUDED.track_clicks, updated_at = EXCLUDED.updated_at
					""")
			.param("shop", shop.value())
			.param("marketing", settings.marketingNeedsConsent())
			.param("opens", settings.trackOpens())
			.param("clicks", settings.trackClicks())
			.param("now", Timestamp.from(now))
			.update();
	}

}
