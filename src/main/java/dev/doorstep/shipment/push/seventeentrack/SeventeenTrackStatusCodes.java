package dev.doorstep.shipment.push.seventeentrack;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.StatusMapping;

import static dev.doorstep.shipment.TrackingStatus.ATTEMPT_FAIL;
import static dev.doorstep.shipment.TrackingStatus.AVAILABLE_FOR_PICKUP;
import static dev.doorstep.shipment.TrackingStatus.DELIVERED;
import static dev.doorstep.shipment.TrackingStatus.EXCEPTION;
import static dev.doorstep.shipment.TrackingStatus.EXPIRED;
import static dev.doorstep.shipment.TrackingStatus.INFO_RECEIVED;
import static dev.doorstep.shipment.TrackingStatus.IN_TRANSIT;
import static dev.doorstep.shipment.TrackingStatus.OUT_FOR_DELIVERY;
import static dev.doorstep.shipment.TrackingStatus.PENDING;

/**
 * 17TRACK's main statuses ({@code latest_status.status}) and sub-statuses
 * ({@code sub_status}, on the latest status and on each event), with the meanings from
 * the v2.2 documentation. An unknown sub-status keeps its main status by prefix.
 */
public final class SeventeenTrackStatusCodes {

	public static final StatusCodeTable TABLE = StatusCodeTable.builder()
		// Main statuses
		.code("NotFound", "Queried, but the carrier returned nothing yet (see sub-status)", PENDING, null)
		.code("InfoReceived", "The carrier received the order information and awaits the parcel", INFO_RECEIVED,
				"INFO_RECEIVED_LABEL_CREATED")
		.code("InTransit", "The parcel is in transit", IN_TRANSIT, null)
		.code("Expired", "In transit for a long time without delivery", EXPIRED, "EXPIRED_NO_UPDATES")
		.code("AvailableForPickup", "Arrived at the delivery point, to be collected by the recipient",
				AVAILABLE_FOR_PICKUP, null)
		.code("OutForDelivery", "The parcel is being delivered", OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("DeliveryFailure", "Delivery attempted but not completed (see sub-status)", ATTEMPT_FAIL, null)
		.code("Delivered", "Delivered", DELIVERED, null)
		.code("Exception", "Possibly returned, held by customs, damaged, lost or delayed (see sub-status)", EXCEPTION,
				null)
		// Sub-statuses
		.code("NotFound_Other", "The carrier returned no information", PENDING, "PENDING_AWAITING_CARRIER")
		.code("NotFound_InvalidCode", "The tracking number is invalid and cannot be queried", PENDING, null)
		.code("InTransit_PickedUp", "Picked up by the carrier", IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("InTransit_Departure", "Departed (origin or transit)", IN_TRANSIT, "IN_TRANSIT_DEPARTED_HUB")
		.code("InTransit_Arrival", "Arrived (transit or destination)", IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("InTransit_CustomsProcessing", "In customs processing", IN_TRANSIT, "IN_TRANSIT_CUSTOMS_STARTED")
		.code("InTransit_CustomsReleased", "Released by customs", IN_TRANSIT, "IN_TRANSIT_CUSTOMS_CLEARED")
		.code("InTransit_CustomsRequiringInformation", "Customs requires information",
				StatusMapping.of(IN_TRANSIT, null, IncidentReason.CUSTOMS))
		.code("InTransit_Other", "Other in-transit events", IN_TRANSIT, null)
		.code("Expired_Other", "Expired for other reasons", EXPIRED, "EXPIRED_NO_UPDATES")
		.code("AvailableForPickup_Other", "Available for pickup", AVAILABLE_FOR_PICKUP, null)
		.code("OutForDelivery_Other", "Out for delivery", OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("DeliveryFailure_Other", "Delivery failed for other reasons", ATTEMPT_FAIL, null)
		.code("DeliveryFailure_NoBody", "Recipient not found", ATTEMPT_FAIL, "ATTEMPT_FAIL_RECIPIENT_ABSENT")
		.code("DeliveryFailure_Security", "Not delivered for security reasons",
				StatusMapping.of(ATTEMPT_FAIL, null, IncidentReason.OTHER))
		.code("DeliveryFailure_Rejected", "The recipient rejected the parcel",
				StatusMapping.of(ATTEMPT_FAIL, null, IncidentReason.RECIPIENT))
		.code("DeliveryFailure_InvalidAddress", "Wrong delivery address", ATTEMPT_FAIL, "ATTEMPT_FAIL_ADDRESS_ISSUE")
		.code("Delivered_Other", "Delivered", DELIVERED, null)
		.code("Exception_Other", "Other exceptions", EXCEPTION, null)
		.code("Exception_Returning", "Being returned to the sender", EXCEPTION, "EXCEPTION_RETURNING_TO_SENDER")
		.code("Exception_Returned", "Returned; the sender signed for it", EXCEPTION, "EXCEPTION_RETURNED_TO_SENDER")
		.code("Exception_NoBody", "Nobody collected or signed for it", EXCEPTION, "EXCEPTION_NOT_COLLECTED")
		.code("Exception_Security", "Held for security reasons (e.g. prohibited items)",
				StatusMapping.of(EXCEPTION, null, IncidentReason.OTHER))
		.code("Exception_Damage", "Damaged", EXCEPTION, "EXCEPTION_DAMAGED")
		.code("Exception_Rejected", "Rejected by the recipient", EXCEPTION, "EXCEPTION_REFUSED")
		.code("Exception_Delayed", "Delayed", StatusMapping.of(EXCEPTION, null, IncidentReason.CARRIER))
		.code("Exception_Lost", "Lost", EXCEPTION, "EXCEPTION_LOST")
		.code("Exception_Destroyed", "Destroyed", EXCEPTION, "EXCEPTION_LOST")
		.code("Exception_Cancel", "Order cancelled", EXCEPTION, "EXCEPTION_RETAILER_CANCELLED")
		.prefix("NotFound_", StatusMapping.of(PENDING))
		.prefix("InfoReceived_", StatusMapping.of(INFO_RECEIVED))
		.prefix("InTransit_", StatusMapping.of(IN_TRANSIT))
		.prefix("Expired_", StatusMapping.of(EXPIRED))
		.prefix("AvailableForPickup_", StatusMapping.of(AVAILABLE_FOR_PICKUP))
		.prefix("OutForDelivery_", StatusMapping.of(OUT_FOR_DELIVERY))
		.prefix("DeliveryFailure_", StatusMapping.of(ATTEMPT_FAIL))
		.prefix("Delivered_", StatusMapping.of(DELIVERED))
		.prefix("Exception_", StatusMapping.of(EXCEPTION))
		.otherwise(StatusMapping.of(IN_TRANSIT))
		.build();

	private SeventeenTrackStatusCodes() {
	}

}
