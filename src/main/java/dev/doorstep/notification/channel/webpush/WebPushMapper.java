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
		if (bytes.length <= WebPushCrypto.MAX_PLAINTEXT) {
			return bytes;
		}
		// The longest start of the text that fits once escaped and encoded.
		String text = message.text();
		int low = 0;
		int high = text.length();
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			payload.put("body", cut(text, middle));
			if (JSON.writeValueAsBytes(payload).length <= WebPushCrypto.MAX_PLAINTEXT) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		payload.put("body", cut(text, low));
		bytes = JSON.writeValueAsBytes(payload);
		return bytes;
	}

	private static String cut(String text, int length) {
		int end = (length > 0 && Character.isHighSurrogate(text.charAt(length - 1))) ? length - 1 : length;
		return text.substring(0, end) + "…";
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
