package dev.doorstep.order.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading platform JSON leniently where platforms leave fields out or send them as
 * {@code null} or {@code ""}, strictly where Doorstep cannot do without them.
 */
public final class PlatformJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PlatformJson() {
	}

	public static JsonNode parse(byte[] body) {
		try {
			JsonNode root = JSON.readTree(body);
			if (root == null || !root.isObject()) {
				throw new MalformedPayloadException("the body is not a JSON object");
			}
			return root;
		}
		catch (JacksonException ex) {
			throw new MalformedPayloadException("the body is not JSON", ex);
		}
	}

	/** The field as text; {@code null} when absent, JSON null or blank. */
	public static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.asString().strip();
		return text.isEmpty() ? null : text;
	}

	public static String required(JsonNode node, String field) {
		String value = text(node, field);
		if (value == null) {
			throw new MalformedPayloadException("'" + field + "' is missing");
		}
		return value;
	}

	public static BigDecimal money(JsonNode node, String field) {
		String value = text(node, field);
		try {
			return value == null ? BigDecimal.ZERO : new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw new MalformedPayloadException("'" + field + "' is not an amount", ex);
		}
	}

	/** ISO 8601 with offset ({@code 2026-11-20T10:15:00-05:00}) or {@code Z}. */
	public static Instant instant(JsonNode node, String field) {
		String value = required(node, field);
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new MalformedPayloadException("'" + field + "' is not a timestamp", ex);
		}
	}

	/** A local timestamp the platform documents as UTC ({@code ..._gmt}). */
	public static Instant utcInstant(JsonNode node, String field) {
		String value = required(node, field);
		try {
			return value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")
					? OffsetDateTime.parse(value).toInstant() : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new MalformedPayloadException("'" + field + "' is not a timestamp", ex);
		}
	}

	/** An ISO 3166-1 alpha-2 country code, upper case, or {@code null}. */
	public static @Nullable String country(@Nullable String code) {
		if (code == null || !code.matches("[A-Za-z]{2}")) {
			return null;
		}
		return code.toUpperCase(Locale.ROOT);
	}

	/** A language tag Doorstep accepts ({@code de}, {@code de-DE}), or {@code null}. */
	public static @Nullable String locale(@Nullable String tag) {
		if (tag == null) {
			return null;
		}
		String[] parts = tag.replace('_', '-').split("-");
		if (!parts[0].matches("[A-Za-z]{2}")) {
			return null;
		}
		String language = parts[0].toLowerCase(Locale.ROOT);
		return parts.length > 1 && parts[1].matches("[A-Za-z]{2}") ? language + "-" + parts[1].toUpperCase(Locale.ROOT)
				: language;
	}

	/**
	 * The field if it is an object, else an empty object: absent parts read as absent
	 * fields.
	 */
	public static JsonNode object(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isObject() ? value : JSON.createObjectNode();
	}

	/** The first value that is there. */
	public static @Nullable String first(@Nullable String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
