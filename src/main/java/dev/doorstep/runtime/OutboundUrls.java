package dev.doorstep.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * URLs that merchants and shoppers give Doorstep to call (webhook endpoints, push
 * subscriptions): checked when they are registered and again, by address, before each
 * request. Shared by the notification channels and the outbound webhooks.
 */
public final class OutboundUrls {

	private OutboundUrls() {
	}

	/**
	 * Checks a URL that others give us to post to (push subscriptions, merchant
	 * webhooks): absolute, HTTPS, no credentials in the URL, and not an address inside
	 * the installation's own network (loopback, private, link-local, {@code localhost},
	 * {@code .local}, {@code .internal}), so a shopper or merchant cannot make Doorstep
	 * call its own database or cloud metadata service. {@code allowHttp} lifts the last
	 * two rules for tests against a local stub. Names are not resolved here (a name may
	 * not resolve yet when it is registered); senders call {@link #reach(String)} before
	 * each request.
	 */
	public static Optional<URI> web(String raw, boolean allowHttp) {
		URI uri;
		try {
			uri = URI.create(raw.strip());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		boolean https = "https".equalsIgnoreCase(uri.getScheme());
		boolean http = allowHttp && "http".equalsIgnoreCase(uri.getScheme());
		if (!(https || http) || uri.getHost() == null || uri.getUserInfo() != null) {
			return Optional.empty();
		}
		if (!allowHttp && internal(uri.getHost())) {
			return Optional.empty();
		}
		return Optional.of(uri);
	}

	/** Where a host points at the moment of a send. */
	public enum Reach {

		/** Every address the name resolves to is public. */
		PUBLIC,
		/** The name, or one of its addresses, is inside the installation's network. */
		INTERNAL,
		/** The name does not resolve now; DNS trouble passes, so try again later. */
		UNRESOLVED

	}

	/**
	 * Resolves a host name to its addresses; {@code InetAddress::getAllByName} in
	 * production.
	 */
	@FunctionalInterface
	public interface Resolver {

		java.net.InetAddress[] resolve(String host) throws java.net.UnknownHostException;

	}

	/**
	 * Resolves {@code host} and checks every address, so a public-looking name that
	 * points at a private address (a merchant's own DNS record, or a rebinding trick) is
	 * refused at send time, not only literals at registration. A lookup done here and
	 * another done by the HTTP client a moment later can still differ; the window is the
	 * resolver's cache time.
	 */
	public static Reach reach(String host) {
		return reach(host, java.net.InetAddress::getAllByName);
	}

	static Reach reach(String host, Resolver resolver) {
		if (internal(host)) {
			return Reach.INTERNAL;
		}
		try {
			for (java.net.InetAddress address : resolver.resolve(host)) {
				if (internal(address)) {
					return Reach.INTERNAL;
				}
			}
			return Reach.PUBLIC;
		}
		catch (java.net.UnknownHostException ex) {
			return Reach.UNRESOLVED;
		}
	}

	/**
	 * Whether {@code host} is, by its name or as an IP literal, inside the installation's
	 * network; no lookup is made.
	 */
	public static boolean internal(String host) {
		String name = host.toLowerCase(java.util.Locale.ROOT);
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local")
				|| name.endsWith(".internal") || !name.contains(".") && !name.contains(":")) {
			return true;
		}
		if (!name.matches("[0-9.]+") && !name.contains(":")) {
			return false;
		}
		try {
			// An IP literal: no lookup happens for a literal.
			return internal(java.net.InetAddress.getByName(name));
		}
		catch (java.net.UnknownHostException ex) {
			return true;
		}
	}

	private static boolean internal(java.net.InetAddress address) {
		return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()
				|| (address instanceof java.net.Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc);
	}

	/** A {@code Retry-After} header in seconds; dates and garbage count as absent. */
	public static @Nullable Duration retryAfter(@Nullable String header) {
		if (header == null) {
			return null;
		}
		try {
			return Duration.ofSeconds(Long.parseLong(header.strip()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
