package dev.doorstep.webhook.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static final Instant GIVE_UP = NOW.plus(Duration.ofDays(3));

	@Test
	void doublesFromTheFirstDelayUpToTheCap() {
		Backoff exact = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6), fixed(0.5));
		assertThat(exact.next(1, NOW, GIVE_UP, null)).isEqualTo(NOW.plusSeconds(30));
		assertThat(exact.next(2, NOW, GIVE_UP, null)).isEqualTo(NOW.plusSeconds(60));
		assertThat(exact.next(5, NOW, GIVE_UP, null)).isEqualTo(NOW.plusSeconds(480));
		assertThat(exact.next(12, NOW, GIVE_UP, null)).isEqualTo(NOW.plus(Duration.ofHours(6)));
		assertThat(exact.next(500, NOW, GIVE_UP, null)).isEqualTo(NOW.plus(Duration.ofHours(6)));
	}

	@Test
	void jittersWithinTwentyPercent() {
		assertThat(new Backoff(Duration.ofSeconds(100), Duration.ofHours(6), fixed(0.0)).next(1, NOW, GIVE_UP, null))
			.isEqualTo(NOW.plusSeconds(80));
		assertThat(
				new Backoff(Duration.ofSeconds(100), Duration.ofHours(6), fixed(0.999999)).next(1, NOW, GIVE_UP, null))
			.isEqualTo(NOW.plusSeconds(120));
	}

	@Test
	void neverPlansPastTheWindowAndStopsAtItsEnd() {
		Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6), fixed(0.5));
		Instant nearEnd = GIVE_UP.minusSeconds(10);
		assertThat(backoff.next(20, nearEnd, GIVE_UP, null)).isEqualTo(GIVE_UP);
		assertThat(backoff.next(20, GIVE_UP, GIVE_UP, null)).isNull();
		assertThat(backoff.next(1, GIVE_UP.plusSeconds(1), GIVE_UP, null)).isNull();
	}

	@Test
	void honoursALongerRetryAfter() {
		Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6), fixed(0.5));
		assertThat(backoff.next(1, NOW, GIVE_UP, Duration.ofMinutes(10))).isEqualTo(NOW.plusSeconds(600));
		assertThat(backoff.next(1, NOW, GIVE_UP, Duration.ofSeconds(5))).isEqualTo(NOW.plusSeconds(30));
	}

	@Test
	void aWholeScheduleCoversThreeDaysInAFewDozenAttempts() {
		Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6), RandomGenerator.getDefault());
		Instant at = NOW;
		int attempts = 1;
		Instant next;
		while ((next = backoff.next(attempts, at, GIVE_UP, null)) != null) {
			assertThat(next).isAfter(at);
			at = next;
			attempts++;
		}
		assertThat(at).isEqualTo(GIVE_UP);
		assertThat(attempts).isBetween(15, 30);
	}

	private static RandomGenerator fixed(double value) {
		return new RandomGenerator() {
			@Override
			public long nextLong() {
				return 0;
			}

			@Override
			public double nextDouble() {
				return value;
			}
		};
	}

}
