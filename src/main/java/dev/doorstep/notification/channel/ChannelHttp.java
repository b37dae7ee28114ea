package dev.doorstep.notification.channel;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * HTTP details shared by the channel plug-ins.
 */
public final class ChannelHttp {

	private ChannelHttp() {
	}

	/**
	 * Checks a URL that others give us to post to (push subscriptions, merchant
	 * webhooks): absolute, HTTPS, no credentials in the URL, and not an address inside
	 * the installation's own network (loopback, private, link-local, {@code localhost},
	 * {@code .local}, {@code .internal}), so a shopper or merchant cannot make Doorstep
	 * call its own database or cloud metadata service. {@code allowHttp} lifts the last
	 * two rules for tests against a local stub. Names are not resolved here; a name that
	 * resolves to an internal address later is not caught.
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

	static boolean internal(String host) {
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
			java.net.InetAddress address = java.net.InetAddress.getByName(name);
			return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
					|| address.isAnyLocalAddress() || address.isMulticastAddress()
					|| (address instanceof java.net.Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc);
		}
		catch (java.net.UnknownHostException ex) {
			return true;
		}
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
