package dev.doorstep.shipment.carrier;

import java.time.Instant;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.TrackingUpdate;
import org.jspecify.annotations.Nullable;

/**
 * One carrier event, normalized, with the carrier's own code kept beside it.
 *
 * @param rawCode the carrier's event code as sent, for debugging and the unmapped-code
 * list
 * @param mapped {@code false} when the code is not in the carrier's table and the status
 * was guessed from its family: the event is kept, and the code is counted
 */
public record CarrierEvent(Instant occurredAt, TrackingStatus status, @Nullable String subStatus,
		@Nullable IncidentReason incidentReason, @Nullable String description,
		TrackingEvent.@Nullable Location location, @Nullable String rawCode, boolean mapped) {

	public static CarrierEvent of(Instant occurredAt, StatusCodeTable.Lookup lookup, @Nullable String description,
			TrackingEvent.@Nullable Location location) {
		StatusMapping mapping = lookup.mapping();
		return new CarrierEvent(occurredAt, mapping.status(), mapping.subStatus(), mapping.incidentReason(),
				description, location, lookup.rawCode(), lookup.mapped());
	}

	/**
	 * The event as the timeline stores it; its facts identify it, so polls repeat it
	 * harmlessly.
	 */
	public TrackingUpdate toUpdate() {
		return new TrackingUpdate(this.occurredAt, this.status, this.subStatus, this.incidentReason, this.description,
				this.location, null);
	}

	/** A location, or {@code null} when the carrier said nothing about the place. */
	public static TrackingEvent.@Nullable Location location(@Nullable String city, @Nullable String postcode,
			@Nullable String country) {
		if (city == null && postcode == null && country == null) {
			return null;
		}
		return new TrackingEvent.Location(city, postcode, country);
	}

}
