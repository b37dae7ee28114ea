package dev.doorstep.notification.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.doorstep.notification.Trigger;
import dev.doorstep.runtime.FieldViolation;
import org.jspecify.annotations.Nullable;

/**
 * The facts an event from outside brings for its message (a label link, a refund amount,
 * a claim status): which keys each trigger takes, how they are checked before anything is
 * written, and how they read in the recipient's language. Values stay strings as sent and
 * are formatted only when rendering, so a stored message can be rendered again in the
 * same way.
 */
public final class EventFacts {

	/** Key under which the merchant's reference travels with the facts. */
	public static final String REFERENCE = "reference";

	public static final String RETURN_URL = "returnUrl";

	public static final String RETURN_LABEL_URL = "returnLabelUrl";

	public static final String REFUND_AMOUNT = "refundAmount";

	/** Why the shop turned a return down, in its own words. */
	public static final String REJECTION_REASON = "reason";

	public static final String CURRENCY = "currency";

	public static final String CLAIM_STATUS = "claimStatus";

	public static final String CLAIM_URL = "claimUrl";

	public static final String REVIEW_URL = "reviewUrl";

	public static final String DELIVERY_WINDOW = "deliveryWindow";

	/**
	 * Claim states a claims tool can report; each has a text per language
	 * ({@code notification.claim-status.<state>}).
	 */
	public static final List<String> CLAIM_STATES = List.of("received", "in_review", "info_needed", "approved",
			"rejected", "resolved");

	private static final int MAX_VALUE = 2000;

	/**
	 * The facts with each call-to-action link passed through {@code link} (the signed
	 * click redirect when the shop counts clicks), so a return label or review link
	 * counts as a click like a tracking link does.
	 */
	static Map<String, String> withLinks(Trigger trigger, Map<String, String> facts,
			java.util.function.UnaryOperator<String> link) {
		Spec spec = SPECS.get(trigger);
		if (spec == null || facts.isEmpty()) {
			return facts;
		}
		Map<String, String> linked = new java.util.HashMap<>(facts);
		for (String key : spec.actionUrls()) {
			String url = facts.get(key);
			if (url != null && !url.isBlank()) {
				linked.put(key, link.apply(url.strip()));
			}
		}
		return linked;
	}

	/** What a trigger takes: required and optional keys, and its call to action. */
	private record Spec(Set<String> required, Set<String> optional, List<String> actionUrls) {

		Set<String> allowed() {
			Set<String> all = new TreeSet<>(this.required);
			all.addAll(this.optional);
			return all;
		}

	}

	private static final Map<Trigger, Spec> SPECS = new EnumMap<>(Trigger.class);

	static {
		SPECS.put(Trigger.RETURN_REQUESTED, new Spec(Set.of(), Set.of(RETURN_URL), List.of(RETURN_URL)));
		SPECS.put(Trigger.RETURN_REJECTED, new Spec(Set.of(REJECTION_REASON), Set.of(RETURN_URL), List.of(RETURN_URL)));
		SPECS.put(Trigger.RETURN_APPROVED,
				new Spec(Set.of(), Set.of(RETURN_URL, RETURN_LABEL_URL), List.of(RETURN_LABEL_URL, RETURN_URL)));
		SPECS.put(Trigger.RETURN_LABEL_READY,
				new Spec(Set.of(RETURN_LABEL_URL), Set.of(RETURN_URL), List.of(RETURN_LABEL_URL, RETURN_URL)));
		SPECS.put(Trigger.RETURN_RECEIVED, new Spec(Set.of(), Set.of(RETURN_URL), List.of(RETURN_URL)));
		SPECS.put(Trigger.REFUND_ISSUED,
				new Spec(Set.of(REFUND_AMOUNT), Set.of(CURRENCY, RETURN_URL), List.of(RETURN_URL)));
		SPECS.put(Trigger.REVIEW_REQUEST, new Spec(Set.of(REVIEW_URL), Set.of(), List.of(REVIEW_URL)));
		SPECS.put(Trigger.CLAIM_UPDATED, new Spec(Set.of(CLAIM_STATUS), Set.of(CLAIM_URL), List.of(CLAIM_URL)));
		SPECS.put(Trigger.DELAY_PREDICTED, new Spec(Set.of(), Set.of(DELIVERY_WINDOW), List.of()));
	}

	private EventFacts() {
	}

	/** The triggers that may fire from outside, with facts. */
	public static Set<Trigger> triggers() {
		return SPECS.keySet();
	}

	/** The keys a trigger takes, sorted. */
	public static Set<String> allowed(Trigger trigger) {
		Spec spec = SPECS.get(trigger);
		return spec == null ? Set.of() : spec.allowed();
	}

	/**
	 * Everything wrong with these facts for this trigger, each named as
	 * {@code prefix + key}; empty when they can be used as they are.
	 * @param orderCurrency the currency of a refund that names none
	 */
	public static List<FieldViolation> check(Trigger trigger, Map<String, String> facts, String orderCurrency,
			String prefix) {
		Spec spec = SPECS.get(trigger);
		List<FieldViolation> violations = new ArrayList<>();
		if (spec == null) {
			return violations;
		}
		Set<String> allowed = spec.allowed();
		for (String key : new TreeSet<>(facts.keySet())) {
			String value = facts.get(key);
			if (!allowed.contains(key)) {
				violations.add(new FieldViolation(prefix + key, "is not allowed for this type" + (allowed.isEmpty()
						? ", which takes no data" : " (allowed: " + String.join(", ", allowed) + ")")));
			}
			else if (value == null || value.isBlank()) {
				violations.add(new FieldViolation(prefix + key, "must not be blank"));
			}
			else if (value.length() > MAX_VALUE) {
				violations.add(new FieldViolation(prefix + key, "must be at most " + MAX_VALUE + " characters"));
			}
			else {
				String reason = reason(key, value.strip(), facts.getOrDefault(CURRENCY, orderCurrency));
				if (reason != null) {
					violations.add(new FieldViolation(prefix + key, reason));
				}
			}
		}
		for (String key : new TreeSet<>(spec.required())) {
			if (!facts.containsKey(key)) {
				violations.add(new FieldViolation(prefix + key, "is required for this type"));
			}
		}
		return violations;
	}

	private static @Nullable String reason(String key, String value, String currency) {
		return switch (key) {
			case RETURN_URL, RETURN_LABEL_URL, CLAIM_URL, REVIEW_URL -> url(value);
			case REFUND_AMOUNT -> amount(value, currency);
			case CURRENCY -> currency(value) == null ? "must be an ISO 4217 currency code such as EUR" : null;
			case CLAIM_STATUS ->
				CLAIM_STATES.contains(value) ? null : "must be one of " + String.join(", ", CLAIM_STATES);
			case DELIVERY_WINDOW -> window(value) == null
					? "must be an ISO date (2026-11-26) or a range of two (2026-11-26/2026-11-27), the second not before the first"
					: null;
			default -> null;
		};
	}

	/**
	 * Links go into emails and texts as they are: only web links, so a
	 * {@code javascript:} or {@code file:} link never reaches a shopper.
	 */
	private static @Nullable String url(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("https") && !scheme.equals("http")) {
				return "must be an http(s) URL";
			}
			if (uri.getHost() == null || uri.getHost().isBlank()) {
				return "must be an http(s) URL with a host";
			}
			return null;
		}
		catch (URISyntaxException ex) {
			return "must be an http(s) URL";
		}
	}

	/**
	 * A decimal with a dot and no more decimals than the currency has: a comma or a third
	 * decimal is more likely a mistake than an amount.
	 */
	private static @Nullable String amount(String value, String currencyCode) {
		if (!value.matches("\\d{1,12}(\\.\\d+)?")) {
			return "must be a positive amount with a dot for decimals, e.g. 19.99";
		}
		BigDecimal amount = new BigDecimal(value);
		if (amount.signum() <= 0) {
			return "must be more than 0";
		}
		Currency currency = currency(currencyCode);
		if (currency != null && currency.getDefaultFractionDigits() >= 0
				&& amount.scale() > currency.getDefaultFractionDigits()) {
			return "must have at most " + currency.getDefaultFractionDigits() + " decimals for "
					+ currency.getCurrencyCode();
		}
		return null;
	}

	private static @Nullable Currency currency(String code) {
		if (!code.matches("[A-Z]{3}")) {
			return null;
		}
		try {
			return Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable List<LocalDate> window(String value) {
		try {
			String[] parts = value.split("/", -1);
			if (parts.length > 2) {
				return null;
			}
			LocalDate from = LocalDate.parse(parts[0].strip());
			LocalDate to = parts.length == 2 ? LocalDate.parse(parts[1].strip()) : from;
			return to.isBefore(from) ? null : List.of(from, to);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The facts as a template sees them ({@code event.*}): the amount in the currency and
	 * number style of the recipient's language, the claim status and window in words, and
	 * {@code action} (the link the message leads to, with its button text) when there is
	 * one.
	 * @param text a localized text by its message key
	 */
	static Map<String, Object> model(Trigger trigger, Map<String, String> facts, Locale locale, String orderCurrency,
			Function<String, String> text) {
		Map<String, Object> model = new HashMap<>();
		facts.forEach((key, value) -> model.put(key, value.strip()));
		String amount = facts.get(REFUND_AMOUNT);
		if (amount != null) {
			Currency currency = currency(facts.getOrDefault(CURRENCY, orderCurrency));
			NumberFormat format = NumberFormat.getCurrencyInstance(locale);
			if (currency != null) {
				format.setCurrency(currency);
				format.setMinimumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
				format.setMaximumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
			}
			model.put(REFUND_AMOUNT, format.format(new BigDecimal(amount.strip())));
		}
		String status = facts.get(CLAIM_STATUS);
		if (status != null) {
			model.put(CLAIM_STATUS, text.apply("notification.claim-status." + status.strip()));
		}
		String window = facts.get(DELIVERY_WINDOW);
		List<LocalDate> dates = window == null ? null : window(window);
		if (dates != null) {
			DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
			model.put(DELIVERY_WINDOW, dates.get(0).equals(dates.get(1)) ? date.format(dates.get(0))
					: date.format(dates.get(0)) + " – " + date.format(dates.get(1)));
		}
		Spec spec = SPECS.get(trigger);
		if (spec != null) {
			for (String key : spec.actionUrls()) {
				if (facts.get(key) != null) {
					model.put("action",
							Map.of("url", facts.get(key).strip(), "label", text.apply("notification.action." + key)));
					break;
				}
			}
		}
		return model;
	}

	/**
	 * Facts for previews and test sends, so the editor shows every part of the text.
	 */
	static Map<String, String> sample(Trigger trigger, LocalDate today) {
		Map<String, String> facts = new LinkedHashMap<>();
		switch (trigger) {
			case RETURN_APPROVED, RETURN_LABEL_READY -> {
				facts.put(REFERENCE, "RMA-1001");
				facts.put(RETURN_LABEL_URL, "https://returns.example.com/RMA-1001/label.pdf");
				facts.put(RETURN_URL, "https://returns.example.com/RMA-1001");
			}
			case RETURN_REJECTED -> {
				facts.put(REFERENCE, "RMA-1001");
				facts.put(REJECTION_REASON, "The return window ended on 20 November.");
				facts.put(RETURN_URL, "https://returns.example.com/RMA-1001");
			}
			case RETURN_RECEIVED, RETURN_REQUESTED -> {
				facts.put(REFERENCE, "RMA-1001");
				facts.put(RETURN_URL, "https://returns.example.com/RMA-1001");
			}
			case REFUND_ISSUED -> {
				facts.put(REFERENCE, "RMA-1001");
				facts.put(REFUND_AMOUNT, "19.99");
				facts.put(CURRENCY, "EUR");
			}
			case REVIEW_REQUEST -> {
				facts.put(REFERENCE, "REVIEW-1001");
				facts.put(REVIEW_URL, "https://reviews.example.com/write/1001");
			}
			case CLAIM_UPDATED -> {
				facts.put(REFERENCE, "CLM-1001");
				facts.put(CLAIM_STATUS, "approved");
				facts.put(CLAIM_URL, "https://claims.example.com/CLM-1001");
			}
			case DELAY_PREDICTED -> {
				facts.put(REFERENCE, "DELAY-1001");
				facts.put(DELIVERY_WINDOW, today.plusDays(3) + "/" + today.plusDays(4));
			}
			default -> {
			}
		}
		return facts;
	}

}
