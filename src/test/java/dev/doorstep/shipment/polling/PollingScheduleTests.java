package dev.doorstep.shipment.polling;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.TrackingStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PollingScheduleTests {

	private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	private final PollingProperties properties = new PollingProperties(true, Duration.ofSeconds(5), 50,
			Duration.ofMinutes(5), Duration.ofHours(4), Duration.ofHours(6), Duration.ofHours(3),
			Duration.ofMinutes(30), Duration.ofHours(6), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(6),
			Duration.ofHours(6), Duration.ofDays(30), 2, Map.of("ups", 1.0));

	private final PollingSchedule schedule = new PollingSchedule(this.properties);

	@Test
	void theCloserToTheDoorTheMoreOftenAndNeverAfterTheEnd() {
		assertThat(this.schedule.next(TrackingStatus.INFO_RECEIVED, NOW)).isEqualTo(NOW.plus(Duration.ofHours(6)));
		assertThat(this.schedule.next(TrackingStatus.IN_TRANSIT, NOW)).isEqualTo(NOW.plus(Duration.ofHours(3)));
		assertThat(this.schedule.next(TrackingStatus.OUT_FOR_DELIVERY, NOW))
			.isEqualTo(NOW.plus(Duration.ofMinutes(30)));
		assertThat(this.schedule.next(TrackingStatus.DELIVERED, NOW)).isNull();
		assertThat(this.schedule.next(TrackingStatus.EXPIRED, NOW)).isNull();
	}

	@Test
	void failuresBackOffExponentiallyUpToTheCapButNeverBeforeRetryAfter() {
		assertThat(this.schedule.backoff(1, null, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		assertThat(this.schedule.backoff(2, null, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
		assertThat(this.schedule.backoff(5, null, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(16)));
		assertThat(this.schedule.backoff(40, null, NOW)).isEqualTo(NOW.plus(Duration.ofHours(6)));
		assertThat(this.schedule.backoff(1, Duration.ofMinutes(10), NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
	}

	@Test
	void eachCarrierHasItsOwnBucketAndAPauseHoldsAllItsCalls() {
		CarrierRateLimits limits = new CarrierRateLimits(this.properties);
		CarrierCode dhl = new CarrierCode("dhl");
		CarrierCode ups = new CarrierCode("ups");

		// 2 per second for DHL: two calls at once, the third waits for the next token.
		assertThat(limits.acquire(dhl, NOW)).isEmpty();
		assertThat(limits.acquire(dhl, NOW)).isEmpty();
		assertThat(limits.acquire(dhl, NOW)).isPresent();
		// UPS is configured to 1 per second and has its own bucket.
		assertThat(limits.acquire(ups, NOW)).isEmpty();
		assertThat(limits.acquire(ups, NOW)).isPresent();

		CarrierCode gls = new CarrierCode("gls");
		limits.pause(gls, NOW.plusSeconds(120));
		assertThat(limits.acquire(gls, NOW)).contains(NOW.plusSeconds(120));
		assertThat(limits.acquire(gls, NOW.plusSeconds(121))).isEmpty();
	}

}
