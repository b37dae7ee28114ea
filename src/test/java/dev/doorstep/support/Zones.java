package dev.doorstep.support;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Time zones picked by the hour it is there right now, so tests around quiet hours (21:00
 * to 08:00 in the recipient's zone) hold at any time of day.
 */
public final class Zones {

	private Zones() {
	}

	/** A zone where it is 10:00–17:59 right now: outside quiet hours. */
	public static String daytime() {
		return withHour(10, 18);
	}

	/** A zone where it is 01:00–04:59 right now: inside quiet hours. */
	public static String night() {
		return withHour(1, 5);
	}

	private static String withHour(int from, int to) {
		for (int offset = -12; offset <= 14; offset++) {
			String id = offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" + offset : "+" + (-offset));
			int hour = ZonedDateTime.now(ZoneId.of(id)).getHour();
			if (hour >= from && hour < to) {
				return id;
			}
		}
		throw new IllegalStateException("no zone");
	}

}
