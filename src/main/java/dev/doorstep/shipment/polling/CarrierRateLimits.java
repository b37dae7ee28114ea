package dev.doorstep.shipment.polling;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.doorstep.shipment.CarrierCode;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * One token bucket per carrier, plus a pause when the carrier itself said "slow down"
 * (429 with {@code Retry-After}): then every leg of that carrier waits, not only the one
 * that hit the limit.
 */
final class CarrierRateLimits {

	private final PollingProperties properties;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();

	CarrierRateLimits(PollingProperties properties) {
		this.properties = properties;
	}

	/**
	 * Takes one call's worth for the carrier, or says until when to wait.
	 */
	Optional<Instant> acquire(CarrierCode carrier, Instant now) {
		Instant paused = this.pausedUntil.get(carrier.value());
		if (paused != null && now.isBefore(paused)) {
			return Optional.of(paused);
		}
		Bucket bucket = this.buckets.computeIfAbsent(carrier.value(), this::bucket);
		var probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return Optional.empty();
		}
		return Optional.of(now.plusNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000)));
	}

	void pause(CarrierCode carrier, Instant until) {
		this.pausedUntil.merge(carrier.value(), until, (a, b) -> a.isAfter(b) ? a : b);
	}

	private Bucket bucket(String carrier) {
		double perSecond = this.properties.requestsPerSecond(carrier);
		// A burst of one second's worth at most; slow carriers (0.5/s) get one call per 2
		// s.
		long capacity = Math.max(1, Math.round(perSecond));
		Duration period = Duration.ofMillis(Math.max(1, Math.round(1000 * capacity / perSecond)));
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
			.build();
	}

}
