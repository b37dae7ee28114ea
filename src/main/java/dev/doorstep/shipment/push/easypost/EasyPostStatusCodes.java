package dev.doorstep.shipment.push.easypost;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.StatusMapping;
import org.jspecify.annotations.Nullable;

import static dev.doorstep.shipment.TrackingStatus.AVAILABLE_FOR_PICKUP;
import static dev.doorstep.shipment.TrackingStatus.DELIVERED;
import static dev.doorstep.shipment.TrackingStatus.EXCEPTION;
import static dev.doorstep.shipment.TrackingStatus.EXPIRED;
import static dev.doorstep.shipment.TrackingStatus.INFO_RECEIVED;
import static dev.doorstep.shipment.TrackingStatus.IN_TRANSIT;
import static dev.doorstep.shipment.TrackingStatus.OUT_FOR_DELIVERY;
import static dev.doorstep.shipment.TrackingStatus.PENDING;

/**
 * EasyPost's tracker {@code status} values and {@code status_detail} values, with the
 * meanings from the Trackers documentation. The status decides; the detail refines it
 * when both agree on the status (see {@link #lookup}).
 */
public final class EasyPostStatusCodes {

	public static final StatusCodeTable STATUSES = StatusCodeTable.builder()
		.code("unknown", "No tracking information yet", PENDING, null)
		.code("pre_transit", "Label created, the carrier does not have the parcel yet", INFO_RECEIVED,
				"INFO_RECEIVED_LABEL_CREATED")
		.code("in_transit", "In transit", IN_TRANSIT, null)
		.code("out_for_delivery", "Out for delivery", OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("delivered", "Delivered", DELIVERED, null)
		.code("available_for_pickup", "Available for pickup", AVAILABLE_FOR_PICKUP, null)
		.code("return_to_sender", "Being returned to the sender", EXCEPTION, "EXCEPTION_RETURNING_TO_SENDER")
		.code("failure", "Delivery failed or the carrier reported a problem", EXCEPTION, null)
		.code("cancelled", "Shipment cancelled", EXCEPTION, "EXCEPTION_RETAILER_CANCELLED")
		// A tracker error is about the lookup, not the parcel: nothing is known yet
		.code("error", "The tracker could not get tracking information from the carrier", PENDING, null)
		.otherwise(StatusMapping.of(IN_TRANSIT))
		.build();

	public static final StatusCodeTable DETAILS = StatusCodeTable.builder()
		.code("address_correction", "The carrier corrected the address", IN_TRANSIT, null)
		.code("arrived_at_destination", "Arrived at the destination", IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("arrived_at_facility", "Arrived at a carrier facility", IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("arrived_at_pickup_location", "Arrived at the pickup location", AVAILABLE_FOR_PICKUP, null)
		.code("awaiting_information", "The carrier awaits information to proceed",
				StatusMapping.of(EXCEPTION, null, IncidentReason.OTHER))
		.code("cancelled", "Cancelled", EXCEPTION, "EXCEPTION_RETAILER_CANCELLED")
		.code("damaged", "Reported damaged", EXCEPTION, "EXCEPTION_DAMAGED")
		.code("delayed", "Delayed", IN_TRANSIT, "IN_TRANSIT_DELAYED")
		.code("delivery_exception", "Delivery exception", StatusMapping.of(EXCEPTION, null, IncidentReason.CARRIER))
		.code("departed_facility", "Departed a carrier facility", IN_TRANSIT, "IN_TRANSIT_DEPARTED_HUB")
		.code("departed_origin_facility", "Departed the origin facility", IN_TRANSIT, "IN_TRANSIT_DEPARTED_HUB")
		.code("expired", "Tracking expired", EXPIRED, "EXPIRED_NO_UPDATES")
		.code("failure", "Failure", EXCEPTION, null)
		.code("held", "Held at a carrier facility", IN_TRANSIT, "IN_TRANSIT_DELAYED")
		.code("in_transit", "In transit", IN_TRANSIT, null)
		.code("label_created", "Label created", INFO_RECEIVED, "INFO_RECEIVED_LABEL_CREATED")
		.code("lost", "Reported lost", EXCEPTION, "EXCEPTION_LOST")
		.code("missorted", "Missorted by the carrier", IN_TRANSIT, "IN_TRANSIT_DELAYED")
		.code("out_for_delivery", "Out for delivery", OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("received_at_destination_facility", "Received at the destination facility", IN_TRANSIT,
				"IN_TRANSIT_ARRIVED_AT_HUB")
		.code("received_at_origin_facility", "Received at the origin facility", IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("refused", "Refused by the recipient", EXCEPTION, "EXCEPTION_REFUSED")
		.code("return", "Returning to the sender", EXCEPTION, "EXCEPTION_RETURNING_TO_SENDER")
		.code("status_update", "Status update without a specific meaning", IN_TRANSIT, null)
		.code("transferred_to_destination_carrier", "Handed to the destination country's carrier", IN_TRANSIT,
				"IN_TRANSIT_HANDED_OVER")
		.code("transit_exception", "Exception in transit", StatusMapping.of(EXCEPTION, null, IncidentReason.CARRIER))
		.code("unknown", "Unknown", PENDING, null)
		.code("weather_delay", "Delayed by weather", IN_TRANSIT, "IN_TRANSIT_DELAYED_WEATHER")
		.otherwise(StatusMapping.of(IN_TRANSIT))
		.build();

	private EasyPostStatusCodes() {
	}

	/**
	 * The status decides the Doorstep status (EasyPost pairs details with several
	 * statuses, e.g. {@code failure/delayed}); the detail adds its sub-status or cause
	 * only when it implies the same status. An unknown detail keeps the status and flags
	 * the pair unmapped, so it is counted.
	 */
	public static StatusCodeTable.Lookup lookup(@Nullable String status, @Nullable String detail) {
		StatusCodeTable.Lookup byStatus = STATUSES.lookup(status);
		if (detail == null) {
			return byStatus;
		}
		String rawCode = status + "/" + detail;
		StatusCodeTable.Lookup byDetail = DETAILS.lookup(detail);
		if (!byDetail.mapped()) {
			return new StatusCodeTable.Lookup(rawCode, byStatus.mapping(), false);
		}
		StatusMapping refined = byDetail.mapping();
		boolean refines = refined.status() == byStatus.mapping().status()
				&& (refined.subStatus() != null || refined.incidentReason() != null);
		return new StatusCodeTable.Lookup(rawCode, refines ? refined : byStatus.mapping(), byStatus.mapped());
	}

}
