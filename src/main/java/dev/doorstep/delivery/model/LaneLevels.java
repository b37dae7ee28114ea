package dev.doorstep.delivery.model;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The lane levels a parcel belongs to, most specific first: carrier and service with two
 * postcode characters on each side, then one, then countries only, then without the
 * service, then the carrier into the destination country from anywhere. The label is what
 * the basis and the console show, e.g. {@code dhl:express/DE-10→DE-80}.
 */
final class LaneLevels {

	private LaneLevels() {
	}

	static List<String> of(Lane lane) {
		String carrier = lane.carrier().toLowerCase(Locale.ROOT);
		String service = lane.service() == null || lane.service().isBlank() ? ""
				: ":" + lane.service().trim().toLowerCase(Locale.ROOT);
		String origin = lane.originCountry().toUpperCase(Locale.ROOT);
		String destination = lane.destinationCountry().toUpperCase(Locale.ROOT);
		String from = postcode(lane.originPostcode());
		String to = postcode(lane.destinationPostcode());
		List<String> levels = new ArrayList<>(6);
		for (int length = 2; length >= 1; length--) {
			if (to.length() >= length) {
				String fromPart = from.length() >= length ? origin + "-" + from.substring(0, length) : origin;
				levels.add(carrier + service + "/" + fromPart + "→" + destination + "-" + to.substring(0, length));
			}
		}
		if (!service.isEmpty()) {
			levels.add(carrier + service + "/" + origin + "→" + destination);
		}
		levels.add(carrier + "/" + origin + "→" + destination);
		levels.add(carrier + "/*→" + destination);
		return levels;
	}

	/** The same level for parcels handed over on {@code day} only. */
	static String onWeekday(String level, DayOfWeek day) {
		return level + " (" + day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")";
	}

	static String carrier(String level) {
		int end = level.indexOf('/');
		int service = level.indexOf(':');
		return level.substring(0, service >= 0 && service < end ? service : end);
	}

	/**
	 * Letters and digits only, upper case: {@code "1012 ab"} becomes {@code "1012AB"}.
	 */
	private static String postcode(@Nullable String postcode) {
		if (postcode == null) {
			return "";
		}
		StringBuilder normalized = new StringBuilder(postcode.length());
		for (char c : postcode.toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				normalized.append(Character.toUpperCase(c));
			}
		}
		return normalized.toString();
	}

}
