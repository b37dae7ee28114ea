package dev.doorstep.notification.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTests {

	private final QuietHours quiet = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void daytimeGoesAtOnce() {
		Instant noon = Instant.parse("2026-11-23T11:00:00Z");
		assertThat(this.quiet.release(noon, BERLIN)).isEqualTo(noon);
	}

	@Test
	void lateEveningWaitsForTomorrowEightLocal() {
		// 22:30 in Berlin (UTC+1 in November)
		assertThat(this.quiet.release(Instant.parse("2026-11-23T21:30:00Z"), BERLIN))
			.isEqualTo(Instant.parse("2026-11-24T07:00:00Z"));
	}

	@Test
	void earlyMorningWaitsForEightTheSameDay() {
		assertThat(this.quiet.release(Instant.parse("2026-11-24T04:00:00Z"), BERLIN))
			.isEqualTo(Instant.parse("2026-11-24T07:00:00Z"));
	}

	@Test
	void theSameInstantIsDayInOneZoneAndNightInAnother() {
		Instant instant = Instant.parse("2026-11-23T14:00:00Z");
		assertThat(this.quiet.release(instant, BERLIN)).isEqualTo(instant);
		// 01:00 next day in Sydney (UTC+11): released at 08:00 Sydney = 21:00Z.
		assertThat(this.quiet.release(instant, ZoneId.of("Australia/Sydney")))
			.isEqualTo(Instant.parse("2026-11-23T21:00:00Z"));
	}

	@Test
	void springForwardAndFallBackFollowTheWallClock() {
		// Night of 28/29 March 2026: clocks go from 02:00 to 03:00 in Berlin. Eight
		// o'clock is
		// then UTC+2.
		assertThat(this.quiet.release(Instant.parse("2026-03-28T22:00:00Z"), BERLIN))
			.isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
		// Night of 24/25 October 2026: back to UTC+1.
		assertThat(this.quiet.release(Instant.parse("2026-10-24T21:00:00Z"), BERLIN))
			.isEqualTo(Instant.parse("2026-10-25T07:00:00Z"));
	}

	@Test
	void quietHoursThatDoNotCrossMidnightWorkToo() {
		QuietHours siesta = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
		assertThat(siesta.release(Instant.parse("2026-11-23T13:30:00Z"), ZoneId.of("UTC")))
			.isEqualTo(Instant.parse("2026-11-23T15:00:00Z"));
		assertThat(siesta.quiet(LocalTime.of(15, 0))).isFalse();
	}

}
