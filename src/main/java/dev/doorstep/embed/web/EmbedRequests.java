package dev.doorstep.embed.web;

import java.util.Locale;

import dev.doorstep.embed.internal.EmbedProperties;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Who asks and on which host: the connection's address and the {@code Host} header, or,
 * behind a trusted proxy ({@code doorstep.embed.trust-forwarded-headers}), the first
 * {@code X-Forwarded-For} and {@code X-Forwarded-Host} entries.
 */
@Component
class EmbedRequests {

	private final boolean trustForwarded;

	EmbedRequests(EmbedProperties properties) {
		this.trustForwarded = properties.trustForwardedHeaders();
	}

	String client(HttpServletRequest request) {
		String forwarded = this.trustForwarded ? first(request.getHeader("X-Forwarded-For")) : null;
		return (forwarded != null) ? forwarded : request.getRemoteAddr();
	}

	/** {@code host[:port]} in lower case, as a shop's public host is stored. */
	String host(HttpServletRequest request) {
		String forwarded = this.trustForwarded ? first(request.getHeader("X-Forwarded-Host")) : null;
		String host = (forwarded != null) ? forwarded : request.getHeader("Host");
		if (host == null) {
			host = request.getServerName();
		}
		host = host.toLowerCase(Locale.ROOT);
		// Default ports are not part of a stored host (https://track.shop.example).
		if (host.endsWith(":443") || host.endsWith(":80")) {
			host = host.substring(0, host.lastIndexOf(':'));
		}
		return host;
	}

	private static String first(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String first = header.split(",")[0].strip();
		return first.isEmpty() ? null : first;
	}

}
