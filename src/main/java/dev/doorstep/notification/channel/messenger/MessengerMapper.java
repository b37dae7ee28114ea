package dev.doorstep.notification.channel.messenger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.notification.channel.Signatures;
import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messenger's formats, without I/O: Send API bodies and answers, webhook events, and the
 * signed order reference carried by {@code m.me} links.
 */
final class MessengerMapper {

	/** Messenger shows at most 2,000 characters of text. */
	static final int MAX_TEXT = 2000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String REF_VERSION = "d1";

	private MessengerMapper() {
	}

	/**
	 * How a message may go out under Meta's policy: a free {@code RESPONSE} within 24
	 * hours of the shopper's last message, otherwise only with a tag that fits, and
	 * {@code POST_PURCHASE_UPDATE} fits order and shipment updates, not promotions or
	 * review prompts.
	 */
	record Delivery(String messagingType, @Nullable String tag) {

		static final Delivery RESPONSE = new Delivery("RESPONSE", null);

		static final Delivery POST_PURCHASE_UPDATE = new Delivery("MESSAGE_TAG", "POST_PURCHASE_UPDATE");

	}

	static byte[] sendBody(String psid, String text, Delivery delivery) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("recipient", Map.of("id", psid));
		body.put("messaging_type", delivery.messagingType());
		if (delivery.tag() != null) {
			body.put("tag", delivery.tag());
		}
		String cut = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
		body.put("message", Map.of("text", cut));
		return JSON.writeValueAsBytes(body);
	}

	/** The Send API's answer: a message id, or Meta's error code and text. */
	sealed interface Answer {

		record Accepted(String messageId) implements Answer {
		}

		record Error(int code, int subcode, String message) implements Answer {
		}

	}

	static Answer answer(String body) {
		try {
			JsonNode root = JSON.readTree(body);
			JsonNode id = root.path("message_id");
			if (id.isString() && !id.asString().isBlank()) {
				return new Answer.Accepted(id.asString());
			}
			JsonNode error = root.path("error");
			return new Answer.Error(error.path("code").asInt(0), error.path("error_subcode").asInt(0),
					error.path("message").asString("no message id in the answer"));
		}
		catch (JacksonException ex) {
			return new Answer.Error(0, 0, "unreadable answer");
		}
	}

	/**
	 * Graph API errors worth another try: rate limits (4, 17, 32, 613), temporary errors
	 * (1, 2) and an expired or revoked token (190), which the operator fixes without the
	 * shopper doing anything.
	 */
	static boolean transientError(int code) {
		return switch (code) {
			case 1, 2, 4, 17, 32, 190, 613 -> true;
			default -> false;
		};
	}

	/** One thing a webhook told us about one shopper. */
	sealed interface Event {

		String psid();

		/** Opened the conversation from a link with our {@code ref}. */
		record Linked(String psid, String ref, Instant at) implements Event {
		}

		/** Wrote to the page (or tapped a button): the 24-hour window opens again. */
		record Inbound(String psid, Instant at, @Nullable String text) implements Event {
		}

		record Delivered(String psid, List<String> mids, Instant watermark) implements Event {
		}

		record Read(String psid, Instant watermark) implements Event {
		}

	}

	/**
	 * The events of a webhook body
	 * ({@code {"object":"page","entry":[{"messaging":[...]}]}}); messages the page itself
	 * sent (echoes) and unknown kinds are left out.
	 */
	static List<Event> events(byte[] body) {
		List<Event> events = new ArrayList<>();
		JsonNode root = JSON.readTree(body);
		if (!"page".equals(root.path("object").asString(""))) {
			return events;
		}
		for (JsonNode entry : root.path("entry")) {
			for (JsonNode messaging : entry.path("messaging")) {
				String psid = messaging.path("sender").path("id").asString("");
				if (psid.isBlank()) {
					continue;
				}
				Instant at = Instant.ofEpochMilli(messaging.path("timestamp").asLong(System.currentTimeMillis()));
				event(messaging, psid, at).ifPresent(events::add);
			}
		}
		return events;
	}

	private static Optional<Event> event(JsonNode messaging, String psid, Instant at) {
		String ref = messaging.path("referral").path("ref").asString("");
		if (ref.isBlank()) {
			ref = messaging.path("postback").path("referral").path("ref").asString("");
		}
		if (!ref.isBlank()) {
			return Optional.of(new Event.Linked(psid, ref, at));
		}
		if (messaging.has("delivery")) {
			List<String> mids = new ArrayList<>();
			messaging.path("delivery").path("mids").forEach(mid -> mids.add(mid.asString()));
			return Optional.of(new Event.Delivered(psid, mids,
					Instant.ofEpochMilli(messaging.path("delivery").path("watermark").asLong(0))));
		}
		if (messaging.has("read")) {
			return Optional
				.of(new Event.Read(psid, Instant.ofEpochMilli(messaging.path("read").path("watermark").asLong(0))));
		}
		if (messaging.has("message") && !messaging.path("message").path("is_echo").asBoolean(false)) {
			return Optional.of(new Event.Inbound(psid, at, messaging.path("message").path("text").asString(null)));
		}
		if (messaging.has("postback")) {
			return Optional.of(new Event.Inbound(psid, at, null));
		}
		return Optional.empty();
	}

	/** A shop and order, signed so nobody links themselves to someone else's order. */
	record OrderRef(ShopId shop, OrderId order) {
	}

	/**
	 * {@code d1.<base64url of shop and order ids>.<signature>}: 67 characters, within
	 * what {@code m.me} allows in {@code ref}.
	 */
	static String ref(OrderRef ref, String secret) {
		ByteBuffer ids = ByteBuffer.allocate(32);
		ids.putLong(ref.shop().value().getMostSignificantBits()).putLong(ref.shop().value().getLeastSignificantBits());
		ids.putLong(ref.order().value().getMostSignificantBits())
			.putLong(ref.order().value().getLeastSignificantBits());
		String payload = REF_VERSION + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(ids.array());
		return payload + "." + sign(payload, secret);
	}

	static Optional<OrderRef> verifyRef(String ref, String secret) {
		int last = ref.lastIndexOf('.');
		if (last < 0 || !ref.startsWith(REF_VERSION + ".")) {
			return Optional.empty();
		}
		String payload = ref.substring(0, last);
		if (!Signatures.sameText(sign(payload, secret), ref.substring(last + 1))) {
			return Optional.empty();
		}
		try {
			ByteBuffer ids = ByteBuffer
				.wrap(Base64.getUrlDecoder().decode(payload.substring(REF_VERSION.length() + 1)));
			if (ids.remaining() != 32) {
				return Optional.empty();
			}
			return Optional.of(new OrderRef(new ShopId(new UUID(ids.getLong(), ids.getLong())),
					new OrderId(new UUID(ids.getLong(), ids.getLong()))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String sign(String payload, String secret) {
		byte[] mac = Signatures.hmacSha256(("messenger-ref:" + secret).getBytes(StandardCharsets.UTF_8),
				payload.getBytes(StandardCharsets.UTF_8));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac).substring(0, 22);
	}

}
