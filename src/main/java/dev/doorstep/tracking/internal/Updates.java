package dev.doorstep.tracking.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The "Updates" section of a tracking page: which channels are on for this order, what
 * the shopper just did, and what went wrong next to which field. Addresses are shown
 * masked: whoever has the link sees the section.
 *
 * @param done what the last form did ({@code saved}, {@code stopped}, {@code code-sent},
 * {@code sms-on}), for a status line; null after a plain visit
 * @param email the order's email, masked; null when the order has none
 * @param orderPhone the order's phone, masked; null when it has none (then a number must
 * be typed in)
 * @param smsNumber the number SMS go to, masked, when SMS are on
 * @param pendingNumber the number a code was sent to, masked, while it can be typed in
 * @param whatsappNumber the number WhatsApp messages go to, masked, when on
 * @param errors message key and argument per field name
 * @param values what the shopper typed, per field name, to show again with an error
 */
public record Updates(String token, String lang, @Nullable String done, @Nullable String email, boolean emailOn,
		boolean marketingOn, @Nullable String orderPhone, boolean smsOn, @Nullable String smsNumber,
		@Nullable String pendingNumber, long pendingMinutes, boolean codeForm, boolean whatsappOn,
		@Nullable String whatsappNumber, Map<String, FieldError> errors, Map<String, String> values,
		boolean messenger) {

	/** A message key for the field, with at most one argument. */
	public record FieldError(String key, @Nullable Object arg) {
	}

	public String messengerLink() {
		return "/t/" + this.token + "/messenger";
	}

	public String preferencesAction() {
		return "/t/" + this.token + "/preferences";
	}

	public String smsAction() {
		return "/t/" + this.token + "/sms-code";
	}

	public @Nullable FieldError error(String field) {
		return this.errors.get(field);
	}

	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

}
