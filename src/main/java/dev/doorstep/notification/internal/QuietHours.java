package dev.doorstep.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Quiet hours in the recipient's own time zone: a message due while they sleep waits for
 * the morning, in local time, so DST changes move it with the clock on the wall.
 */
public final class QuietHours {

	private final LocalTime start;

	private final LocalTime end;

	public QuietHours(LocalTime start, LocalTime end) {
		this.start = start;
		this.end = end;
	}

	/** {@code due}, or the end of the quiet hours it falls into. */
	public Instant release(Instant due, ZoneId zone) {
		ZonedDateTime local = due.atZone(zone);
		LocalTime time = local.toLocalTime();
		if (!quiet(time)) {
			return due;
		}
		LocalDate day = local.toLocalDate();
		// After the start in the evening, the quiet ends tomorrow morning.
		if (this.start.isAfter(this.end) && !time.isBefore(this.start)) {
			day = day.plusDays(1);
		}
		// atZone resolves a morning that a DST gap skips to the first valid instant.
		return day.atTime(this.end).atZone(zone).toInstant();
	}

	public boolean quiet(LocalTime time) {
		if (this.start.equals(this.end)) {
			return false;
		}
		if (this.start.isBefore(this.end)) {
			return !time.isBefore(this.start) && time.isBefore(this.end);
		}
		return !time.isBefore(this.start) || time.isBefore(this.end);
	}

}
