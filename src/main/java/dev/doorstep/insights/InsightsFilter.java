package dev.doorstep.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Which figures a KPI report covers: days {@code from} to {@code to} (both included) in
 * the shop's time zone, and optionally one carrier, one destination country and one
 * message channel. The carrier filter applies to parcel figures (on-time rate, lanes,
 * windows, delay alerts, tracking visits, claims); a message channel ({@code EMAIL}, …)
 * filters the message funnel and a support channel ({@code WEB}, {@code API},
 * {@code PHONE}) support deflection; the country filter (the order's shipping country)
 * applies to all but support deflection, whose events carry no order.
 */
public record InsightsFilter(LocalDate from, LocalDate to, @Nullable String carrier, @Nullable String country,
		@Nullable String channel) {

	/** The longest range one report may span. */
	public static final int MAX_DAYS = 3 * 366;

	public InsightsFilter {
		carrier = blankToNull(carrier);
		country = blankToNull(country);
		country = (country != null) ? country.toUpperCase(Locale.ROOT) : null;
		channel = blankToNull(channel);
		channel = (channel != null) ? channel.toUpperCase(Locale.ROOT) : null;
	}

	/** The last 30 days up to {@code today}, unfiltered. */
	public static InsightsFilter lastDays(LocalDate today, int days) {
		return new InsightsFilter(today.minusDays(days - 1L), today, null, null, null);
	}

	/**
	 * Parses request parameters; a missing date falls back to the last 30 days.
	 * @throws InvalidRequestException naming the field for a bad date or range
	 */
	public static InsightsFilter parse(@Nullable String from, @Nullable String to, @Nullable String carrier,
			@Nullable String country, @Nullable String channel, LocalDate today) {
		List<FieldViolation> violations = new ArrayList<>();
		LocalDate end = date("to", to, today, violations);
		LocalDate start = date("from", from, end.minusDays(29), violations);
		if (violations.isEmpty() && start.isAfter(end)) {
			violations.add(new FieldViolation("from", "must not be after to"));
		}
		if (violations.isEmpty() && ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			violations.add(new FieldViolation("from", "the range may span at most " + MAX_DAYS + " days"));
		}
		if (country != null && !country.isBlank() && !country.strip().matches("[A-Za-z]{2}")) {
			violations.add(new FieldViolation("country", "must be a two-letter country code"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		return new InsightsFilter(start, end, carrier, country, channel);
	}

	private static LocalDate date(String field, @Nullable String value, LocalDate fallback,
			List<FieldViolation> violations) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			violations.add(new FieldViolation(field, "must be a date like 2026-11-23"));
			return fallback;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
