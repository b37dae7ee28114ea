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
	 * webhooks): absolute, HTTPS (plain HTTP only where allowed, e.g. against a local
	 * test stub), no credentials in the URL.
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
		return Optional.of(uri);
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
