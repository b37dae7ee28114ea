package dev.doorstep.shop;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.doorstep.runtime.FieldViolation;
import org.jspecify.annotations.Nullable;

/**
 * A shop's public side.
 *
 * @param publicBaseUrl the base of every link Doorstep puts in the shop's messages,
 * labels, cards and fragments, e.g. {@code https://track.shop.example}: an origin (https,
 * or http for localhost; no path, query or fragment); null for the global base URL.
 * Requests arriving on its host are served as this shop's.
 * @param allowedOrigins website origins (e.g. {@code https://www.shop.example}) that may
 * fetch the shop's widgets and fragments (CORS), besides its website URL's origin
 */
public record PublicSite(@Nullable String publicBaseUrl, List<String> allowedOrigins) {

	/** At most this many origins: a shop has a handful of storefronts, not hundreds. */
	public static final int MAX_ORIGINS = 20;

	public PublicSite {
		// Nulls stay, for check() to report with their index.
		allowedOrigins = java.util.Collections.unmodifiableList(new ArrayList<>(allowedOrigins));
	}

	/** No own domain, no extra origins. */
	public static PublicSite none() {
		return new PublicSite(null, List.of());
	}

	/**
	 * The same site in canonical form (lower-case scheme and host, no trailing slash, no
	 * duplicate origins), or the reasons it is not valid.
	 */
	public Checked check() {
		List<FieldViolation> violations = new ArrayList<>();
		String base = null;
		if (this.publicBaseUrl != null && !this.publicBaseUrl.isBlank()) {
			Optional<String> origin = origin(this.publicBaseUrl);
			if (origin.isEmpty()) {
				violations.add(new FieldViolation("publicBaseUrl",
						"must be https://host[:port] without path, query or fragment (http only for localhost)"));
			}
			else {
				base = origin.get();
			}
		}
		if (this.allowedOrigins.size() > MAX_ORIGINS) {
			violations.add(new FieldViolation("allowedOrigins", "at most " + MAX_ORIGINS + " origins"));
		}
		LinkedHashSet<String> origins = new LinkedHashSet<>();
		for (int i = 0; i < this.allowedOrigins.size(); i++) {
			String value = this.allowedOrigins.get(i);
			Optional<String> origin = (value != null) ? origin(value) : Optional.empty();
			if (origin.isEmpty()) {
				violations.add(new FieldViolation("allowedOrigins[" + i + "]",
						"must be an origin like https://www.shop.example (http only for localhost)"));
			}
			else {
				origins.add(origin.get());
			}
		}
		return violations.isEmpty() ? new Checked.Valid(new PublicSite(base, List.copyOf(origins)))
				: new Checked.Invalid(List.copyOf(violations));
	}

	/** The outcome of {@link #check()}. */
	public sealed interface Checked {

		/** The canonical site. */
		record Valid(PublicSite site) implements Checked {
		}

		/** What is wrong, per field. */
		record Invalid(List<FieldViolation> violations) implements Checked {
		}

	}

	/**
	 * The origin ({@code scheme://host[:port]}, lower case, default port dropped) of an
	 * absolute URL that has nothing after the host but an optional {@code /}; https, or
	 * http for localhost only.
	 */
	public static Optional<String> origin(String url) {
		try {
			URI uri = new URI(url.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : null;
			boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
					&& uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
			boolean secure = scheme.equals("https") || (scheme.equals("http") && host != null && local(host));
			if (host == null || !bare || !secure || url.length() > 200) {
				return Optional.empty();
			}
			boolean defaultPort = uri.getPort() == -1 || (scheme.equals("https") && uri.getPort() == 443)
					|| (scheme.equals("http") && uri.getPort() == 80);
			return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + uri.getPort()));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The origin of a website URL with any path ({@code https://shop.example/de/} →
	 * {@code https://shop.example}); empty if it is not an http(s) URL.
	 */
	public static Optional<String> websiteOrigin(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(url.strip());
			if (uri.getScheme() == null || uri.getHost() == null) {
				return Optional.empty();
			}
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			boolean defaultPort = uri.getPort() == -1 || (scheme.equals("https") && uri.getPort() == 443)
					|| (scheme.equals("http") && uri.getPort() == 80);
			return Optional
				.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + uri.getPort()));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	/** The host a request for the public base URL arrives with ({@code host[:port]}). */
	public @Nullable String publicHost() {
		if (this.publicBaseUrl == null) {
			return null;
		}
		return this.publicBaseUrl.substring(this.publicBaseUrl.indexOf("://") + 3);
	}

	private static boolean local(String host) {
		return host.equals("localhost") || host.endsWith(".localhost") || host.equals("127.0.0.1")
				|| host.equals("[::1]");
	}

}
