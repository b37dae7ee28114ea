package dev.doorstep.shipment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A carrier event as it arrives, already in the normalized vocabulary. Without an
 * {@code externalId}, the event's facts identify it, so a resend is recognized.
 */
public record TrackingUpdate(Instant occurredAt, TrackingStatus status, @Nullable String subStatus,
		@Nullable IncidentReason incidentReason, @Nullable String description,
		TrackingEvent.@Nullable Location location, @Nullable String externalId) {
}
