package dev.doorstep.webhook.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * When to try a failed delivery again: the delay doubles from {@code first} up to
 * {@code max}, each drawn ±20 % so that endpoints coming back after an outage are not hit
 * by every waiting delivery in the same second. The last attempt is at the give-up time,
 * never after.
 */
final class Backoff {

	private final Duration first;

	private final Duration max;

	private final RandomGenerator random;

	Backoff(Duration first, Duration max, RandomGenerator random) {
		this.first = first;
		this.max = max;
		this.random = random;
	}

	/**
	 * The next attempt after {@code attempts} failed ones, or null when the window is
	 * over.
	 * @param retryAfter the endpoint's own wish (429, 503), honoured when longer
	 */
	@Nullable Instant next(int attempts, Instant now, Instant giveUpAt, @Nullable Duration retryAfter) {
		if (!now.isBefore(giveUpAt)) {
			return null;
		}
		long base = this.first.toMillis() << Math.min(attempts - 1, 30);
		long capped = Math.min(Math.max(base, this.first.toMillis()), this.max.toMillis());
		long jittered = Math.round(capped * (0.8 + 0.4 * this.random.nextDouble()));
		Duration delay = Duration.ofMillis(jittered);
		if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
			delay = retryAfter;
		}
		Instant next = now.plus(delay);
		return next.isAfter(giveUpAt) ? giveUpAt : next;
	}

}
