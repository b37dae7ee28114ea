package dev.doorstep.notification.channel.twilio;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.channel.SendResult;
import dev.doorstep.notification.internal.ProviderHttp;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Twilio's formats, without I/O: the Messages request, its answers and errors, status
 * callbacks, request signatures and TwiML.
 */
final class TwilioMapper {

	static final String PROVIDER = "twilio";

	/**
	 * Twilio error: the recipient replied STOP to this sender; it will refuse until
	 * START.
	 */
	static final int UNSUBSCRIBED = 21610;

	/**
	 * Errors that are about the number, not about us: invalid or non-mobile 'To', a
	 * region not enabled, a blocked recipient. Retrying will not help.
	 */
	private static final Set<Integer> BAD_RECIPIENT = Set.of(21211, 21214, 21217, 21219, 21408, 21612, 21614,
			UNSUBSCRIBED);

	private TwilioMapper() {
	}

	/** The form of {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}. */
	static String form(TwilioProperties properties, String to, String body, String statusCallback) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("To", to);
		if (!properties.messagingServiceSid().isBlank()) {
			form.put("MessagingServiceSid", properties.messagingServiceSid());
		}
		else {
			form.put("From", properties.from());
		}
		form.put("Body", body);
		form.put("StatusCallback", statusCallback);
		return form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	/**
	 * What Twilio's answer means: 201 with the message's {@code sid}; a 429 or 5xx is
	 * transient (after {@code Retry-After}); an error about the recipient is final.
	 */
	static SendResult result(ProviderHttp.Response response, Instant now) {
		JsonNode json = ProviderHttp.json(response.body());
		if (response.ok()) {
			String sid = json.path("sid").asString("");
			return sid.isBlank() ? new SendResult.Retry("Twilio answered without a message sid", null)
					: new SendResult.Sent(PROVIDER, sid);
		}
		int code = json.path("code").asInt(0);
		String reason = "Twilio " + response.status() + (code == 0 ? "" : " error " + code) + ": "
				+ json.path("message").asString("no message");
		if (response.status() == 429 || response.status() >= 500 || code == 20429) {
			return new SendResult.Retry(reason, response.retryAfter(now));
		}
		if (response.status() == 401 || (response.status() == 403 && !BAD_RECIPIENT.contains(code))) {
			// Our credentials or account, not the message: keep it until an operator
			// fixes them.
			return new SendResult.Retry(reason, Duration.ofMinutes(10));
		}
		return new SendResult.Rejected(reason);
	}

	/** Whether Twilio refused because the recipient had sent STOP. */
	static boolean unsubscribed(ProviderHttp.Response response) {
		return !response.ok() && ProviderHttp.json(response.body()).path("code").asInt(0) == UNSUBSCRIBED;
	}

	/**
	 * A status callback's {@code MessageStatus} as a receipt, or {@code null} for
	 * intermediate states ({@code queued}, {@code accepted}, {@code sending}).
	 */
	static @Nullable MessageStatus receipt(@Nullable String status) {
		return switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
			case "sent" -> MessageStatus.SENT;
			case "delivered" -> MessageStatus.DELIVERED;
			case "read" -> MessageStatus.OPENED;
			case "undelivered", "failed" -> MessageStatus.FAILED;
			default -> null;
		};
	}

	/**
	 * Twilio's request signature: Base64 of HMAC-SHA1 (key: the auth token) over the full
	 * URL Twilio called followed by every POST parameter, sorted by name, as name and
	 * value without separators.
	 */
	static String signature(String authToken, String url, Map<String, String> parameters) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(parameters).forEach((name, value) -> data.append(name).append(value));
		return Base64.getEncoder()
			.encodeToString(ProviderHttp.hmac("HmacSHA1", authToken.getBytes(StandardCharsets.UTF_8),
					data.toString().getBytes(StandardCharsets.UTF_8)));
	}

	/** A TwiML answer, with one reply message or none. */
	static String twiml(@Nullable String reply) {
		if (reply == null) {
			return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";
		}
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>" + xml(reply) + "</Message></Response>";
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
