package dev.doorstep.shipment.push;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A webhook call as it arrived: the raw body (signatures cover the exact bytes) and the
 * headers, looked up case-insensitively.
 *
 * @param path the request path, for sources that sign it too
 */
public record PushRequest(Map<String, String> headers, byte[] body, String path) {

	public PushRequest {
		Map<String, String> lower = new TreeMap<>();
		headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
		headers = Map.copyOf(lower);
		body = body.clone();
	}

	public @Nullable String header(String name) {
		return this.headers.get(name.toLowerCase(Locale.ROOT));
	}

	@Override
	public byte[] body() {
		return this.body.clone();
	}

	public String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

}
