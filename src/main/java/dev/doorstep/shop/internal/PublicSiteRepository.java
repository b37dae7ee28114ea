package dev.doorstep.shop.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.shop.PublicSite;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the {@code shop_public_site} table: one row per shop that set its public side.
 */
@Repository
public class PublicSiteRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	PublicSiteRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<PublicSite> find(ShopId shop) {
		return this.jdbc.sql("SELECT public_base_url, allowed_origins FROM shop_public_site WHERE shop_id = :shop")
			.param("shop", shop.value())
			.query((rs, row) -> new PublicSite(rs.getString("public_base_url"),
					Arrays.asList((String[]) rs.getArray("allowed_origins").getArray())))
			.optional();
	}

	/** Stores the canonical site; false when another shop has its host already. */
	public boolean save(ShopId shop, PublicSite site) {
		String host = site.publicHost();
		if (host != null
				&& this.jdbc.sql("SELECT count(*) FROM shop_public_site WHERE public_host = :host AND shop_id <> :shop")
					.param("host", host)
					.param("shop", shop.value())
					.query(Long.class)
					.single() > 0) {
			return false;
		}
		try {
			upsert(shop, site, host);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			// Another shop took the host between the check and the write.
			return false;
		}
		return true;
	}

	private void upsert(ShopId shop, PublicSite site, @Nullable String host) {
		this.jdbc.sql("""
				INSERT INTO shop_public_site (shop_id, public_base_url, public_host, allowed_origins, updated_at)
				VALUES (:shop, :base, :host, :origins, :now)
				ON CONFLICT (shop_id) DO UPDATE SET public_base_url = :base, public_host = :host,
				  allowed_origins = :origins, updated_at = :now
				""")
			.param("shop", shop.value())
			.param("base", site.publicBaseUrl())
			.param("host", host)
			.param("origins", site.allowedOrigins().toArray(String[]::new))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	public Optional<ShopId> findByHost(String host) {
		return this.jdbc.sql("SELECT shop_id FROM shop_public_site WHERE public_host = :host")
			.param("host", host)
			.query((rs, row) -> new ShopId(rs.getObject("shop_id", UUID.class)))
			.optional();
	}

	/** Shops that list this origin among their allowed ones. */
	public List<ShopId> findByOrigin(String origin) {
		return this.jdbc.sql("SELECT shop_id FROM shop_public_site WHERE allowed_origins @> ARRAY[:origin]::text[]")
			.param("origin", origin)
			.query((rs, row) -> new ShopId(rs.getObject("shop_id", UUID.class)))
			.list();
	}

	/**
	 * Whether some shop's website URL lies on this origin (the thank-you fragment's first
	 * CORS rule, before allowed origins existed).
	 */
	public boolean anyWebsiteOn(String origin) {
		return this.jdbc.sql("""
				SELECT count(*) FROM shop
				WHERE lower(website_url) = :origin OR lower(website_url) LIKE :prefix
				""")
			.param("origin", origin)
			.param("prefix", origin.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%")
			.query(Long.class)
			.single() > 0;
	}

}
