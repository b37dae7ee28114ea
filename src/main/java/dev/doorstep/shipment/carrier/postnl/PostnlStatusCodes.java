package dev.doorstep.shipment.carrier.postnl;

import java.util.Map;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.StatusMapping;
import org.jspecify.annotations.Nullable;

/**
 * PostNL status codes ({@code Status.StatusCode}) with PostNL's English description, and
 * its four phases ({@code PhaseCode}: collection, sorting, distribution, delivered) as
 * the family of a status code the table does not list yet.
 */
public final class PostnlStatusCodes {

	/** "Niet van toepassing": PostNL's filler status between real ones. */
	static final String NOT_APPLICABLE = "99";

	public static final StatusCodeTable TABLE = StatusCodeTable.builder()
		// Phase 1, collection.
		.code("1", "Shipment pre-alerted", TrackingStatus.INFO_RECEIVED, "INFO_RECEIVED_LABEL_CREATED")
		.code("2", "Shipment accepted", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("3", "Shipment collected", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("4", "Shipment not collected",
				StatusMapping.of(TrackingStatus.INFO_RECEIVED, null, IncidentReason.RETAILER))
		.code("13", "Pre-alerted shipment (not yet accepted)", TrackingStatus.INFO_RECEIVED,
				"INFO_RECEIVED_LABEL_CREATED")
		.code("14", "Shipment pre-alerted (definitely not accepted)",
				StatusMapping.of(TrackingStatus.EXCEPTION, null, IncidentReason.RETAILER))
		.code("15", "Missing collection", TrackingStatus.EXCEPTION, "EXCEPTION_LOST")
		.code("18", "Definitely missing", TrackingStatus.EXCEPTION, "EXCEPTION_LOST")
		.code("19", "Shipment rejected", StatusMapping.of(TrackingStatus.EXCEPTION, null, IncidentReason.RETAILER))
		// Phase 2, sorting.
		.code("5", "Shipment sorted", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("6", "Shipment not sorted", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_DELAYED")
		.code("16", "Missing in sorting", TrackingStatus.EXCEPTION, "EXCEPTION_LOST")
		.code("21", "Shipment in storage", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_DELAYED")
		// Phase 3, distribution.
		.code("7", "Shipment out for delivery", TrackingStatus.OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("8", "Shipment not delivered", TrackingStatus.ATTEMPT_FAIL, null)
		.code("9", "Shipment at customs", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_CUSTOMS_STARTED")
		.code("17", "Missing in distribution", TrackingStatus.EXCEPTION, "EXCEPTION_LOST")
		.code("20", "Shipment in clearance process", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_CUSTOMS_STARTED")
		// Phase 4, delivered.
		.code("11", "Shipment delivered", TrackingStatus.DELIVERED, null)
		.code("12", "Shipment at pick-up location", TrackingStatus.AVAILABLE_FOR_PICKUP,
				"AVAILABLE_FOR_PICKUP_PARCELSHOP")
		.code("22", "Shipment picked up from post office", TrackingStatus.DELIVERED, "DELIVERED_PICKED_UP")
		.code("23", "Parcel collected", TrackingStatus.DELIVERED, "DELIVERED_PICKED_UP")
		.otherwise(StatusMapping.of(TrackingStatus.IN_TRANSIT))
		.build();

	private static final Map<String, StatusMapping> PHASES = Map.of("1", StatusMapping.of(TrackingStatus.INFO_RECEIVED),
			"2", StatusMapping.of(TrackingStatus.IN_TRANSIT), "3", StatusMapping.of(TrackingStatus.IN_TRANSIT), "4",
			StatusMapping.of(TrackingStatus.DELIVERED));

	private PostnlStatusCodes() {
	}

	/**
	 * The status code's mapping; an unlisted code gets its phase's status (still
	 * {@code mapped=false}, so it is counted and can be added).
	 */
	static StatusCodeTable.Lookup lookup(@Nullable String statusCode, @Nullable String phaseCode) {
		StatusCodeTable.Lookup lookup = TABLE.lookup(statusCode);
		StatusMapping phase = phaseCode == null ? null : PHASES.get(phaseCode);
		if (lookup.mapped() || phase == null) {
			return lookup;
		}
		return new StatusCodeTable.Lookup(statusCode, phase, false);
	}

}
