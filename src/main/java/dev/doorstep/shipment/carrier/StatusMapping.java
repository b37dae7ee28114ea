package dev.doorstep.shipment.carrier;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import org.jspecify.annotations.Nullable;

/**
 * A normalized status with its optional sub-status (a code of the {@code sub_status}
 * table) and who is at fault.
 */
public record StatusMapping(TrackingStatus status, @Nullable String subStatus,
		@Nullable IncidentReason incidentReason) {

	public static StatusMapping of(TrackingStatus status) {
		return new StatusMapping(status, null, null);
	}

	public static StatusMapping of(TrackingStatus status, @Nullable String subStatus) {
		return new StatusMapping(status, subStatus, null);
	}

	public static StatusMapping of(TrackingStatus status, @Nullable String subStatus,
			@Nullable IncidentReason incidentReason) {
		return new StatusMapping(status, subStatus, incidentReason);
	}

}
