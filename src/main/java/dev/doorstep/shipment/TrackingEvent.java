package dev.doorstep.shipment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a parcel's timeline, in the normalized vocabulary.
 */
public record TrackingEvent(Instant occurredAt, TrackingStatus status, @Nullable String subStatus,
		@Nullable IncidentReason incidentReason, @Nullable String description, @Nullable Location location,
		@Nullable String externalId, Instant receivedAt) {

	/** Where it happened. */
	public record Location(@Nullable String city, @Nullable String postcode, @Nullable String country) {
	}

}
