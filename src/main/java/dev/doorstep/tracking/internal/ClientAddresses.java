package dev.doorstep.tracking.internal;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Names the client a rate limit counts against.
 */
public final class ClientAddresses {

	private ClientAddresses() {
	}

	/**
	 * The connection's remote address, or the first {@code X-Forwarded-For} entry when
	 * the proxy in front is trusted to set it. Untrusted, the header is ignored: any
	 * client could otherwise pick a fresh address for every attempt.
	 */
	public static String of(HttpServletRequest request, boolean trustForwardedFor) {
		if (trustForwardedFor) {
			String forwarded = request.getHeader("X-Forwarded-For");
			if (forwarded != null && !forwarded.isBlank()) {
				String first = forwarded.split(",")[0].trim();
				if (!first.isEmpty()) {
					return first;
				}
			}
		}
		return request.getRemoteAddr();
	}

}
