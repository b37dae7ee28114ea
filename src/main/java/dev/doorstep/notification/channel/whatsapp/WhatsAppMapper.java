package dev.doorstep.notification.channel.whatsapp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;
import dev.doorstep.notification.internal.ProviderHttp;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Cloud API's formats, without I/O: template messages, their answers and errors,
 * status webhooks and their signature.
 */
final class WhatsAppMapper {

	static final String PROVIDER = "whatsapp";

	/**
	 * Throttling and passing outages (Graph codes 4, 80007, 130429, 131048, 131056 and
	 * the 131000/131016/133004 service errors): worth trying again.
	 */
	private static final Set<Integer> TRANSIENT = Set.of(1, 2, 4, 80007, 130429, 131000, 131016, 131048, 131056,
			133004);

	/**
	 * Our token or permissions (0, 3, 10, 190 expired token, 200-299): an operator has to
	 * act, the message itself is fine, so it waits instead of failing.
	 */
	private static final Set<Integer> CREDENTIALS = Set.of(0, 3, 10, 190);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A status from a webhook. */
	record Status(String id, MessageStatus status, String detail) {
	}

	/** A text the shopper sent, with their number in E.164. */
	record Inbound(String id, String from, String text) {
	}

	private WhatsAppMapper() {
	}

	/** The approved template for a trigger. */
	static String template(WhatsAppProperties properties, Trigger trigger) {
		return properties.templates()
			.getOrDefault(trigger.key(), "doorstep_" + trigger.name().toLowerCase(Locale.ROOT));
	}

	/**
	 * WhatsApp's language code for a locale: the language alone ({@code de-DE} is
	 * {@code de}, as WhatsApp lists German), except Portuguese and Chinese, which
	 * WhatsApp only knows with their region ({@code pt_BR}, {@code zh_CN}).
	 */
	static String language(String locale) {
		Locale parsed = Locale.forLanguageTag(locale);
		String language = parsed.getLanguage().isEmpty() ? "en" : parsed.getLanguage();
		boolean regional = language.equals("pt") || language.equals("zh");
		return regional && !parsed.getCountry().isEmpty() ? language + "_" + parsed.getCountry() : language;
	}

	/**
	 * The body parameters in the configured order. The Cloud API refuses empty
	 * parameters, so a missing value (no first name, no parcel yet) is a dash.
	 */
	static List<String> parameters(WhatsAppProperties properties, OutgoingMessage message) {
		List<String> values = new ArrayList<>();
		for (String name : properties.parameters()) {
			String value = message.parameters().get(name);
			values.add(value == null || value.isBlank() ? "-" : value);
		}
		return values;
	}

	/** The body of {@code POST /{phone-number-id}/messages}. */
	static String request(WhatsAppProperties properties, OutgoingMessage message) {
		ObjectNode body = JSON.createObjectNode();
		body.put("messaging_product", "whatsapp");
		body.put("recipient_type", "individual");
		body.put("to", message.recipient().startsWith("+") ? message.recipient().substring(1) : message.recipient());
		body.put("type", "template");
		ObjectNode template = body.putObject("template");
		template.put("name", template(properties, message.trigger()));
		template.putObject("language").put("code", language(message.locale()));
		List<String> values = parameters(properties, message);
		if (!values.isEmpty()) {
			ArrayNode parameters = template.putArray("components")
				.addObject()
				.put("type", "body")
				.putArray("parameters");
			values.forEach(value -> parameters.addObject().put("type", "text").put("text", value));
		}
		return JSON.writeValueAsString(body);
	}

	/**
	 * The template as the message record and the dev mailbox show it: what Meta fills in
	 * and sends, since the text itself lives in the approved template.
	 */
	static String describe(WhatsAppProperties properties, OutgoingMessage message) {
		StringBuilder text = new StringBuilder("WhatsApp template ").append(template(properties, message.trigger()))
			.append(" (")
			.append(language(message.locale()))
			.append(")");
		List<String> values = parameters(properties, message);
		for (int i = 0; i < values.size(); i++) {
			text.append("\n{{")
				.append(i + 1)
				.append("}} ")
				.append(properties.parameters().get(i))
				.append(": ")
				.append(values.get(i));
		}
		return text.toString();
	}

	/**
	 * What the answer means: the {@code wamid} of the accepted message, a transient
	 * failure (rate limits, outages, our token), or a final refusal (undeliverable,
	 * outside the re-engagement window, a template that does not match).
	 */
	static SendResult result(ProviderHttp.Response response, Instant now) {
		JsonNode json = ProviderHttp.json(response.body());
		if (response.ok()) {
			String id = json.path("messages").path(0).path("id").asString("");
			return id.isBlank() ? new SendResult.Retry("WhatsApp answered without a message id", null)
					: new SendResult.Sent(PROVIDER, id);
		}
		JsonNode error = json.path("error");
		int code = error.path("code").asInt(-1);
		String reason = "WhatsApp " + response.status() + " error " + code
				+ (error.hasNonNull("error_subcode") ? "/" + error.path("error_subcode").asInt() : "") + ": "
				+ error.path("message").asString("no message");
		if (response.status() == 429 || response.status() >= 500 || TRANSIENT.contains(code)) {
			return new SendResult.Retry(reason, response.retryAfter(now));
		}
		if (CREDENTIALS.contains(code) || (code >= 200 && code <= 299)) {
			return new SendResult.Retry(reason, Duration.ofMinutes(10));
		}
		return new SendResult.Rejected(reason);
	}

	/** The statuses of a {@code messages} webhook: sent, delivered, read, failed. */
	static List<Status> statuses(JsonNode payload) {
		List<Status> statuses = new ArrayList<>();
		for (JsonNode entry : payload.path("entry")) {
			for (JsonNode change : entry.path("changes")) {
				for (JsonNode status : change.path("value").path("statuses")) {
					MessageStatus receipt = receipt(status.path("status").asString(""));
					String id = status.path("id").asString("");
					if (receipt != null && !id.isBlank()) {
						JsonNode error = status.path("errors").path(0);
						String detail = "WhatsApp " + status.path("status").asString()
								+ (error.isMissingNode() ? "" : " (error " + error.path("code").asInt() + ": "
										+ error.path("title").asString("") + ")");
						statuses.add(new Status(id, receipt, detail));
					}
				}
			}
		}
		return statuses;
	}

	/**
	 * The shoppers' texts of a {@code messages} webhook (a STOP must be honoured on
	 * WhatsApp too, and Meta does not do it for us).
	 */
	static List<Inbound> inbound(JsonNode payload) {
		List<Inbound> inbound = new ArrayList<>();
		for (JsonNode entry : payload.path("entry")) {
			for (JsonNode change : entry.path("changes")) {
				for (JsonNode message : change.path("value").path("messages")) {
					String from = message.path("from").asString("");
					if ("text".equals(message.path("type").asString("")) && !from.isBlank()) {
						inbound.add(new Inbound(message.path("id").asString(""), "+" + from,
								message.path("text").path("body").asString("")));
					}
				}
			}
		}
		return inbound;
	}

	static @Nullable MessageStatus receipt(String status) {
		return switch (status) {
			case "sent" -> MessageStatus.SENT;
			case "delivered" -> MessageStatus.DELIVERED;
			case "read" -> MessageStatus.OPENED;
			case "failed" -> MessageStatus.FAILED;
			default -> null;
		};
	}

	/**
	 * {@code X-Hub-Signature-256}: {@code sha256=} and the hex HMAC-SHA256 of the raw
	 * body.
	 */
	static String signature(String appSecret, byte[] body) {
		return "sha256=" + HexFormat.of()
			.formatHex(ProviderHttp.hmac("HmacSHA256", appSecret.getBytes(StandardCharsets.UTF_8), body));
	}

	static @Nullable JsonNode read(byte[] body) {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
