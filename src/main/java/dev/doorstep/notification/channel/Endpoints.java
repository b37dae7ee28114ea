package dev.doorstep.notification.channel;

import java.net.URI;
import java.util.Optional;

/**
 * Checks URLs that others give us to post to (push subscriptions, merchant webhooks):
 * absolute, HTTPS (plain HTTP only where allowed, e.g. against a local test stub), no
 * credentials in the URL.
 */
public final class Endpoints {

	private Endpoints() {
	}

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

}
