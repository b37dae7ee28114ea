package dev.doorstep.shop;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one place that decides where a shop's public links point: the shop's own
 * {@link PublicSite#publicBaseUrl()} (its custom domain) when it has one, else the global
 * base URL ({@code doorstep.shipment.public-base-url}), else the current request's, else
 * this server. Tracking, return, claim, review, thank-you and unsubscribe links, insert
 * QR codes and webhook payload links all come through here.
 */
@Component
public class PublicUrls {

	private final PublicSites sites;

	private final Environment environment;

	private volatile @Nullable String settled;

	PublicUrls(PublicSites sites, Environment environment) {
		this.sites = sites;
		this.environment = environment;
	}

	/** The shop's public base URL, without a trailing slash. */
	public String base(ShopId shop) {
		String own = this.sites.get(shop).publicBaseUrl();
		return (own != null) ? own : defaultBase();
	}

	/** {@code path} ({@code /t/...}) as an absolute URL on the shop's public base. */
	public String absolute(ShopId shop, String path) {
		if (path.startsWith("http://") || path.startsWith("https://")) {
			return path;
		}
		return base(shop) + (path.isEmpty() || path.startsWith("/") ? path : "/" + path);
	}

	/** The global base URL, for links that belong to no shop. */
	public String defaultBase() {
		String known = this.settled;
		if (known != null) {
			return known;
		}
		String configured = this.environment.getProperty("doorstep.shipment.public-base-url", "");
		if (!configured.isBlank()) {
			// Looked up once: environment look-ups cost a tenth of the CPU per email
			// (bench/run-notify.sh).
			this.settled = trim(configured.strip());
			return this.settled;
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		// Background work (a carrier scan moving a parcel) has no request to go by.
		return "http://localhost:" + this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
	}

	private static String trim(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
