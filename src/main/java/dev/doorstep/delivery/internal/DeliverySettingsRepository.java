package dev.doorstep.delivery.internal;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dev.doorstep.delivery.DeliverySettings;
import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code delivery_settings} and {@code delivery_default_days}.
 */
@Repository
class DeliverySettingsRepository {

	private final JdbcClient jdbc;

	DeliverySettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DeliverySettings find(ShopId shop) {
		List<DeliverySettings.DefaultDays> days = this.jdbc.sql("""
				SELECT carrier, destination_country, business_days FROM delivery_default_days
				WHERE shop_id = :shop ORDER BY carrier, destination_country
				""")
			.param("shop", shop.value())
			.query((rs, row) -> new DeliverySettings.DefaultDays(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list();
		return this.jdbc.sql("""
				SELECT delay_threshold, cut_off, origin_country, origin_postcode, coverage
				FROM delivery_settings WHERE shop_id = :shop
				""").param("shop", shop.value()).query((rs, row) -> {
			Time cutOff = rs.getTime(2);
			return new DeliverySettings(rs.getDouble(1), cutOff == null ? null : cutOff.toLocalTime(), rs.getString(3),
					rs.getString(4), rs.getDouble(5), days);
		}).optional().orElseGet(() -> {
			DeliverySettings defaults = DeliverySettings.defaults();
			return new DeliverySettings(defaults.delayThreshold(), null, null, null, defaults.coverage(), days);
		});
	}

	void save(ShopId shop, DeliverySettings settings, Instant now) {
		this.jdbc.sql("""
				INSERT INTO delivery_settings (shop_id, delay_threshold, cut_off, origin_country, origin_postcode,
				  coverage, updated_at)
				VALUES (:shop, :threshold, :cutOff, :originCountry, :originPostcode, :coverage, :now)
				ON CONFLICT (shop_id) DO UPDATE SET delay_threshold = EXCLUDED.delay_threshold,
				  cut_off = EXCLUDED.cut_off, origin_country = EXCLUDED.origin_country,
				  origin_postcode = EXCLUDED.origin_postcode, coverage = EXCLUDED.coverage,
				  updated_at = EXCLUDED.updated_at
				""")
			.param("shop", shop.value())
			.param("threshold", settings.delayThreshold())
			.param("cutOff", settings.cutOff() == null ? null : Time.valueOf(settings.cutOff()))
			.param("originCountry", settings.originCountry())
			.param("originPostcode", settings.originPostcode())
			.param("coverage", settings.coverage())
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql("DELETE FROM delivery_default_days WHERE shop_id = :shop").param("shop", shop.value()).update();
		for (DeliverySettings.DefaultDays days : settings.defaultDays()) {
			this.jdbc.sql("""
					INSERT INTO delivery_default_days (shop_id, carrier, destination_country, business_days)
					VALUES (:shop, :carrier, :country, :days)
					""")
				.param("shop", shop.value())
				.param("carrier", days.carrier())
				.param("country", days.destinationCountry())
				.param("days", days.businessDays())
				.update();
		}
	}

}
