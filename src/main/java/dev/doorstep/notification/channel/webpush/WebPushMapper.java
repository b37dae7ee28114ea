package dev.doorstep.notification.channel.webpush;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.channel.OutgoingMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * What goes into a push message: the JSON our service worker ({@code /sw.js}) shows, the
 * urgency that lets a phone wake up (or not), and the audience of the VAPID token.
 */
final class WebPushMapper {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WebPushMapper() {
	}

	/**
	 * {@code {"title", "body", "url", "tag"}}; the body is cut so the encrypted message
	 * stays within the 4 KB every push service accepts.
	 */
	static byte[] payload(OutgoingMessage message) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("title", message.fromName());
		payload.put("body", message.text());
		payload.put("url", message.parameters().get("trackingUrl"));
		// One notification per message: a repeated delivery replaces, never stacks.
		payload.put("tag", message.id().toString());
		byte[] bytes = JSON.writeValueAsBytes(payload);
		String text = message.text();
		while (bytes.length > WebPushCrypto.MAX_PLAINTEXT && !text.isEmpty()) {
			text = text.substring(0, Math.max(0, text.length() - (bytes.length - WebPushCrypto.MAX_PLAINTEXT) - 1))
					+ "…";
			payload.put("body", text);
			bytes = JSON.writeValueAsBytes(payload);
		}
		return bytes;
	}

	/**
	 * RFC 8030 section 5.3: things the shopper should act on today are {@code high}, the
	 * rest {@code normal}.
	 */
	static String urgency(Trigger trigger) {
		return switch (trigger) {
			case OUT_FOR_DELIVERY, FAILED_ATTEMPT, AVAILABLE_FOR_PICKUP, EXCEPTION -> "high";
			default -> "normal";
		};
	}

	/**
	 * The VAPID {@code aud} claim: the origin of the push service (RFC 8292 section 2).
	 */
	static String audience(URI endpoint) {
		int port = endpoint.getPort();
		return endpoint.getScheme() + "://" + endpoint.getHost() + (port == -1 ? "" : ":" + port);
	}

}
