package dev.doorstep.shop.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.shop.NewShop;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.ShopSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the {@code shop} table.
 */
@Repository
public class ShopRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	ShopRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Shop insert(NewShop shop) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO shop (id, slug, name, logo_url, primary_color, accent_color, default_locale,
				  supported_locales, time_zone, support_email, support_phone, support_hours, website_url,
				  created_at, updated_at)
				VALUES (:id, :slug, :name, :logo, :primary, :accent, :locale, :locales, :zone, :email, :phone,
				  :hours, :website, :now, :now)
				""")
			.param("id", id)
			.param("slug", shop.slug())
			.param("name", shop.name())
			.param("logo", shop.brand().logoUrl())
			.param("primary", shop.brand().primaryColor())
			.param("accent", shop.brand().accentColor())
			.param("locale", shop.defaultLocale())
			.param("locales", shop.supportedLocales().toArray(String[]::new))
			.param("zone", shop.timeZone().getId())
			.param("email", shop.support().email())
			.param("phone", shop.support().phone())
			.param("hours", shop.support().openingHours())
			.param("website", shop.websiteUrl())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return findById(new ShopId(id)).orElseThrow();
	}

	public void update(ShopId id, ShopSettings settings) {
		this.jdbc.sql("""
				UPDATE shop SET name = :name, logo_url = :logo, primary_color = :primary, accent_color = :accent,
				  default_locale = :locale, supported_locales = :locales, time_zone = :zone, support_email = :email,
				  support_phone = :phone, support_hours = :hours, website_url = :website, updated_at = :now
				WHERE id = :id
				""")
			.param("id", id.value())
			.param("name", settings.name())
			.param("logo", settings.brand().logoUrl())
			.param("primary", settings.brand().primaryColor())
			.param("accent", settings.brand().accentColor())
			.param("locale", settings.defaultLocale())
			.param("locales", settings.supportedLocales().toArray(String[]::new))
			.param("zone", settings.timeZone().getId())
			.param("email", settings.support().email())
			.param("phone", settings.support().phone())
			.param("hours", settings.support().openingHours())
			.param("website", settings.websiteUrl())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

	public Optional<Shop> findById(ShopId id) {
		return this.jdbc.sql("SELECT * FROM shop WHERE id = :id").param("id", id.value()).query(this::map).optional();
	}

	public Optional<Shop> findBySlug(String slug) {
		return this.jdbc.sql("SELECT * FROM shop WHERE slug = :slug").param("slug", slug).query(this::map).optional();
	}

	public List<Shop> findAll(List<ShopId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT * FROM shop WHERE id IN (:ids) ORDER BY name")
			.param("ids", ids.stream().map(ShopId::value).toList())
			.query(this::map)
			.list();
	}

	public long count() {
		return this.jdbc.sql("SELECT count(*) FROM shop").query(Long.class).single();
	}

	private Shop map(ResultSet rs, int row) throws SQLException {
		Array locales = rs.getArray("supported_locales");
		return new Shop(new ShopId(rs.getObject("id", UUID.class)), rs.getString("slug"), rs.getString("name"),
				new Shop.Brand(rs.getString("logo_url"), rs.getString("primary_color"), rs.getString("accent_color")),
				rs.getString("default_locale"), List.copyOf(Arrays.asList((String[]) locales.getArray())),
				ZoneId.of(rs.getString("time_zone")), new Shop.SupportContacts(rs.getString("support_email"),
						rs.getString("support_phone"), rs.getString("support_hours")),
				rs.getString("website_url"));
	}

}
