package dev.doorstep.shipment.carrier;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What a carrier said about a tracking number. Expected failures are values so callers
 * (poller, push, command line) decide how to react without catching exceptions.
 */
public sealed interface TrackingResult {

	/** The carrier knows the shipment. */
	record Found(CarrierTracking tracking) implements TrackingResult {
	}

	/** The carrier does not know the number (yet); often just too early. */
	record NotFound(String detail) implements TrackingResult {
	}

	/** Credentials missing, wrong or revoked: retrying will not help. */
	record Unauthorized(String detail) implements TrackingResult {
	}

	/** The carrier asks us to slow down, for {@code retryAfter} when it says so. */
	record RateLimited(@Nullable Duration retryAfter) implements TrackingResult {
	}

	/** Anything else; {@code retryable} when the cause is likely transient (5xx, I/O). */
	record Failed(String detail, boolean retryable) implements TrackingResult {
	}

}
