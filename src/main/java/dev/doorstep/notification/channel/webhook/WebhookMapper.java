package dev.doorstep.notification.channel.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.Signatures;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook body and its signature.
 *
 * <p>
 * Body: {@code {"messageId", "trigger", "topic", "locale", "shop", "order": {"number"},
 * "parcel": {"carrier", "trackingUrl"} or null, "subject", "text", "sentAt"}}.
 *
 * <p>
 * Signature (as Stripe does it): header
 * {@code X-Doorstep-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>}, the HMAC keyed
 * with the shop's secret over {@code "<t>.<raw body>"}. Receivers recompute it over the
 * raw bytes, compare in constant time and refuse timestamps older than a few minutes, so
 * a captured request cannot be replayed later. {@code messageId} is stable across
 * retries: receivers drop repeats by it.
 */
final class WebhookMapper {

	static final String SIGNATURE_HEADER = "X-Doorstep-Signature";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WebhookMapper() {
	}

	static byte[] body(OutgoingMessage message, Instant sentAt) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("messageId", message.id().toString());
		body.put("trigger", message.trigger().key());
		body.put("topic", message.trigger().topic().name().toLowerCase(java.util.Locale.ROOT));
		body.put("locale", message.locale());
		body.put("shop", message.parameters().get("shopName"));
		body.put("order", Map.of("number", message.parameters().getOrDefault("orderNumber", "")));
		String trackingUrl = message.parameters().get("trackingUrl");
		Map<String, Object> parcel = null;
		if (trackingUrl != null) {
			parcel = new LinkedHashMap<>();
			parcel.put("carrier", message.parameters().get("carrier"));
			parcel.put("trackingUrl", trackingUrl);
		}
		body.put("parcel", parcel);
		Map<String, Object> event = new java.util.TreeMap<>();
		message.parameters().forEach((key, value) -> {
			if (key.startsWith("event.")) {
				event.put(key.substring("event.".length()), value);
			}
		});
		body.put("event", event.isEmpty() ? null : event);
		body.put("subject", message.subject());
		body.put("text", message.text());
		body.put("sentAt", sentAt.toString());
		return JSON.writeValueAsBytes(body);
	}

	static String signature(String secret, long timestamp, byte[] body) {
		byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
		byte[] signed = new byte[prefix.length + body.length];
		System.arraycopy(prefix, 0, signed, 0, prefix.length);
		System.arraycopy(body, 0, signed, prefix.length, body.length);
		return "t=" + timestamp + ",v1=" + Signatures.hmacSha256Hex(secret, signed);
	}

}
