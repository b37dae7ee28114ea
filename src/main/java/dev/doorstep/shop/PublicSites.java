package dev.doorstep.shop;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.doorstep.runtime.ConflictException;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.internal.PublicSiteRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each shop's public side ({@link PublicSite}): its own domain for links and pages, and
 * the website origins that may embed its widgets.
 *
 * <p>
 * Every link in every message reads the shop's base URL, and every request's host is
 * matched against the shops' domains, so both are kept for a few seconds in memory.
 * {@link #update} forgets them at once in this process; other instances of a cluster see
 * a change after at most {@link #REMEMBERED}.
 */
@Service
public class PublicSites {

	/** How long a site or a host's shop is kept in memory. */
	public static final Duration REMEMBERED = Duration.ofSeconds(10);

	private final PublicSiteRepository repository;

	private final Shops shops;

	private final Cache<ShopId, PublicSite> sites = Caffeine.newBuilder()
		.expireAfterWrite(REMEMBERED)
		.maximumSize(10_000)
		.build();

	private final Cache<String, Optional<ShopId>> hosts = Caffeine.newBuilder()
		.expireAfterWrite(REMEMBERED)
		.maximumSize(10_000)
		.build();

	PublicSites(PublicSiteRepository repository, Shops shops) {
		this.repository = repository;
		this.shops = shops;
	}

	public PublicSite get(ShopId shop) {
		return this.sites.get(shop, id -> this.repository.find(id).orElseGet(PublicSite::none));
	}

	/**
	 * Validates and stores the site in canonical form.
	 * @throws InvalidRequestException if a URL or origin is not valid
	 * @throws ConflictException if another shop has the same public host
	 */
	@Transactional
	public PublicSite update(ShopId shop, PublicSite site) {
		PublicSite canonical = switch (site.check()) {
			case PublicSite.Checked.Valid valid -> valid.site();
			case PublicSite.Checked.Invalid invalid -> throw new InvalidRequestException(invalid.violations());
		};
		try {
			if (!this.repository.save(shop, canonical)) {
				throw new ConflictException("publicBaseUrl", "another shop uses this domain");
			}
		}
		finally {
			this.sites.invalidate(shop);
			this.hosts.invalidateAll();
		}
		return canonical;
	}

	/** The shop whose public base URL has this host ({@code host[:port]}), if any. */
	public Optional<ShopId> shopForHost(String host) {
		String key = host.toLowerCase(Locale.ROOT);
		return this.hosts.get(key, this.repository::findByHost);
	}

	/**
	 * The origins that may fetch the shop's widgets and fragments: its website's origin
	 * and its allowed origins.
	 */
	public Set<String> allowedOrigins(ShopId shop) {
		Set<String> origins = new LinkedHashSet<>();
		this.shops.find(shop).flatMap(found -> PublicSite.websiteOrigin(found.websiteUrl())).ifPresent(origins::add);
		origins.addAll(get(shop).allowedOrigins());
		return origins;
	}

	public boolean allows(ShopId shop, String origin) {
		return allowedOrigins(shop).contains(origin.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether any shop allows this origin: enough to answer a CORS preflight, which
	 * carries no token to tell the shop; the actual response then allows only the token's
	 * shop's origins.
	 */
	public boolean anyShopAllows(String origin) {
		String canonical = origin.toLowerCase(Locale.ROOT);
		return !this.repository.findByOrigin(canonical).isEmpty() || this.repository.anyWebsiteOn(canonical);
	}

}
