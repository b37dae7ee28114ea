package dev.doorstep.shipment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One carrier number a shipment is tracked under. Leg 0 is the shipment's own number;
 * later legs begin where a carrier hands the parcel to another (cross-border to the local
 * post), and all legs feed one timeline.
 *
 * @param nextPollAt when the poller asks the carrier next; {@code null} when it does not
 * @param pollStopped why polling stopped ({@code delivered}, {@code expired},
 * {@code push:<source>}, {@code demo}, {@code no adapter}); {@code null} while polled
 * @param lastOutcome what the last poll answered ({@code found}, {@code not found},
 * {@code rate limited}, ...)
 * @param pushedBy the push source that last reported on this leg
 */
public record TrackingLeg(ShipmentId shipmentId, CarrierCode carrier, String trackingNumber, int position,
		Origin origin, @Nullable Instant nextPollAt, @Nullable String pollStopped, @Nullable Instant lastPolledAt,
		@Nullable String lastOutcome, int failures, @Nullable String pushedBy, @Nullable Instant pushedAt) {

	/** Where a leg came from. */
	public enum Origin {

		/** The shipment's own carrier and number. */
		SHIPMENT,
		/** A carrier's response named the next carrier and number. */
		HANDOVER,
		/** The merchant added it through the API. */
		API

	}

}
