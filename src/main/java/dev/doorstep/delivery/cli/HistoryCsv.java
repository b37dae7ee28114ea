package dev.doorstep.delivery.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.doorstep.runtime.CountryZones;
import dev.doorstep.delivery.model.Lane;
import org.jspecify.annotations.Nullable;

/**
 * The backtest's input: one delivered shipment per line under the header
 * {@value #HEADER}. Timestamps are ISO-8601 with an offset, or local (then read in the
 * origin's zone for {@code shipped_at} and the destination's for {@code delivered_at}).
 */
final class HistoryCsv {

	static final String HEADER = "shipped_at,delivered_at,carrier,service,origin_country,origin_postcode,"
			+ "destination_country,destination_postcode,promised_date";

	static final List<String> COLUMNS = List.of(HEADER.split(","));

	private HistoryCsv() {
	}

	/** One usable row. */
	record Row(Lane lane, Instant shippedAt, Instant deliveredAt, @Nullable LocalDate promised) {
	}

	/** A row or why it is not one. */
	sealed interface Parsed permits Good, Bad {

	}

	record Good(Row row) implements Parsed {
	}

	record Bad(String reason) implements Parsed {
	}

	/**
	 * Column positions by name, so a file may order them differently; null if one is
	 * missing.
	 */
	static int @Nullable [] positions(String header) {
		List<String> names = split(header.strip().replace("\uFEFF", "")).stream()
			.map(name -> name.strip().toLowerCase(Locale.ROOT))
			.toList();
		int[] positions = new int[COLUMNS.size()];
		for (int i = 0; i < COLUMNS.size(); i++) {
			positions[i] = names.indexOf(COLUMNS.get(i));
			if (positions[i] < 0) {
				return null;
			}
		}
		return positions;
	}

	static Parsed parse(String line, int[] positions) {
		List<String> fields = split(line);
		int needed = 0;
		for (int position : positions) {
			needed = Math.max(needed, position + 1);
		}
		if (fields.size() < needed) {
			return new Bad("too few columns");
		}
		String carrier = field(fields, positions[2]);
		String origin = field(fields, positions[4]).toUpperCase(Locale.ROOT);
		String destination = field(fields, positions[6]).toUpperCase(Locale.ROOT);
		if (carrier.isEmpty()) {
			return new Bad("no carrier");
		}
		if (!isCountry(origin) || !isCountry(destination)) {
			return new Bad("country is not ISO 3166-1 alpha-2");
		}
		Instant shipped = instant(field(fields, positions[0]), CountryZones.of(origin));
		Instant delivered = instant(field(fields, positions[1]), CountryZones.of(destination));
		if (shipped == null || delivered == null) {
			return new Bad("timestamp is not ISO-8601");
		}
		if (delivered.isBefore(shipped)) {
			return new Bad("delivered before shipped");
		}
		String promisedText = field(fields, positions[8]);
		LocalDate promised = null;
		if (!promisedText.isEmpty()) {
			try {
				promised = LocalDate.parse(promisedText.length() > 10 ? promisedText.substring(0, 10) : promisedText);
			}
			catch (DateTimeParseException ex) {
				return new Bad("promised_date is not a date");
			}
		}
		Lane lane = new Lane(carrier.toLowerCase(Locale.ROOT), blankToNull(field(fields, positions[3])), origin,
				blankToNull(field(fields, positions[5])), destination, blankToNull(field(fields, positions[7])));
		return new Good(new Row(lane, shipped, delivered, promised));
	}

	private static boolean isCountry(String code) {
		return code.length() == 2 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1));
	}

	private static String field(List<String> fields, int position) {
		return fields.get(position).strip();
	}

	private static @Nullable String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}

	static @Nullable Instant instant(String text, ZoneId zone) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			// a local timestamp or a plain date follows
		}
		try {
			return LocalDateTime.parse(text).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			// a plain date follows
		}
		try {
			return LocalDate.parse(text).atTime(12, 0).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Comma-separated fields; double quotes protect commas, {@code ""} is a quote. */
	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}
