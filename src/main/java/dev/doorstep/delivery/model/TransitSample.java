package dev.doorstep.delivery.model;

import java.time.Instant;
import java.util.List;

/**
 * One delivered parcel: what the model learns from.
 *
 * @param scans the carrier's scan times between hand-over and delivery, in any order (may
 * be empty); the model learns the lane's usual gap between scans from them, for "no scan
 * for 3 days, usually 1"
 */
public record TransitSample(Lane lane, Instant handedOverAt, Instant deliveredAt, List<Instant> scans) {

	public TransitSample {
		scans = List.copyOf(scans);
	}

	/** A delivered parcel whose scans are not known. */
	public TransitSample(Lane lane, Instant handedOverAt, Instant deliveredAt) {
		this(lane, handedOverAt, deliveredAt, List.of());
	}

}
