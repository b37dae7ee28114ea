package dev.doorstep.shipment.polling;

import java.time.Duration;
import java.time.Instant;

import dev.doorstep.shipment.TrackingStatus;
import org.jspecify.annotations.Nullable;

/**
 * When to ask a carrier again. Parcels change fastest on the delivery vehicle and slowest
 * before the carrier has them; delivered and expired parcels are not asked again.
 */
final class PollingSchedule {

	private final PollingProperties properties;

	PollingSchedule(PollingProperties properties) {
		this.properties = properties;
	}

	/** The next poll for a parcel in this status, or {@code null} to stop. */
	@Nullable Instant next(TrackingStatus status, Instant now) {
		Duration wait = switch (status) {
			case PENDING -> this.properties.pending();
			case INFO_RECEIVED -> this.properties.infoReceived();
			case IN_TRANSIT -> this.properties.inTransit();
			case OUT_FOR_DELIVERY -> this.properties.outForDelivery();
			case AVAILABLE_FOR_PICKUP -> this.properties.availableForPickup();
			case ATTEMPT_FAIL -> this.properties.attemptFail();
			case EXCEPTION -> this.properties.exception();
			case DELIVERED, EXPIRED -> null;
		};
		return wait == null ? null : now.plus(wait);
	}

	/**
	 * Exponential backoff after {@code failures} failed polls in a row (1 min, 2, 4,
	 * ...), never longer than {@code maxBackoff}, never shorter than the carrier's
	 * {@code Retry-After}.
	 */
	Instant backoff(int failures, @Nullable Duration retryAfter, Instant now) {
		long minutes = 1L << Math.min(Math.max(failures - 1, 0), 20);
		Duration wait = Duration.ofMinutes(minutes);
		if (wait.compareTo(this.properties.maxBackoff()) > 0) {
			wait = this.properties.maxBackoff();
		}
		if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
			wait = retryAfter;
		}
		return now.plus(wait);
	}

}
