package dev.doorstep.order.platform;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A webhook call as it arrived: headers (looked up without regard to case, as HTTP wants)
 * and the raw body bytes the signature is computed over.
 */
public record PlatformRequest(Map<String, String> headers, byte[] body) {

	public PlatformRequest {
		Map<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		caseInsensitive.putAll(headers);
		headers = java.util.Collections.unmodifiableMap(caseInsensitive);
	}

	public @Nullable String header(String name) {
		String value = this.headers.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

}
