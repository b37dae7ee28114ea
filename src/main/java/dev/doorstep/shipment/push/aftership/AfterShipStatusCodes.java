package dev.doorstep.shipment.push.aftership;

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
 * AfterShip's delivery statuses ({@code tag}) and sub-statuses ({@code subtag}), with the
 * meanings from the delivery-statuses and delivery-sub-statuses pages (version 2026-07).
 * A sub-tag AfterShip adds later falls back to its tag's family by prefix.
 */
public final class AfterShipStatusCodes {

	public static final StatusCodeTable TABLE = StatusCodeTable.builder()
		// Tags (the nine delivery statuses); used when a checkpoint has no sub-tag
		.code("Pending", "New shipments added that are pending to track, or without tracking information yet", PENDING,
				null)
		.code("InfoReceived", "Carrier has received request from shipper and is about to pick up the shipment",
				INFO_RECEIVED, "INFO_RECEIVED_LABEL_CREATED")
		.code("InTransit", "Carrier has accepted or picked up shipment from shipper. The shipment is on the way",
				IN_TRANSIT, null)
		.code("OutForDelivery", "Carrier is about to deliver the shipment, or it is ready to pickup", OUT_FOR_DELIVERY,
				"OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("AttemptFail", "Carrier attempted to deliver but failed, and usually leaves a notice", ATTEMPT_FAIL, null)
		.code("Delivered", "The shipment was delivered successfully", DELIVERED, null)
		.code("AvailableForPickup", "The package arrived at a pickup point near you and is available for pickup",
				AVAILABLE_FOR_PICKUP, null)
		.code("Exception", "Custom hold, undelivered, returned shipment to sender or any shipping exceptions",
				EXCEPTION, null)
		.code("Expired", "Shipment has no tracking information for 30 days since added", EXPIRED, "EXPIRED_NO_UPDATES")
		// Sub-tags
		.code("Pending_001",
				"No information available on the carrier website or the tracking number is yet to be tracked", PENDING,
				"PENDING_AWAITING_CARRIER")
		.code("InfoReceived_001",
				"The carrier received a request from the shipper and is about to pick up the shipment", INFO_RECEIVED,
				"INFO_RECEIVED_LABEL_CREATED")
		.code("InTransit_001", "Shipment on the way", IN_TRANSIT, null)
		.code("InTransit_002", "Acceptance scan: shipment accepted by the carrier", IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("InTransit_003", "Arrival scan: shipment arrived at a hub or sorting center", IN_TRANSIT,
				"IN_TRANSIT_ARRIVED_AT_HUB")
		.code("InTransit_004", "International shipment arrived at the destination country", IN_TRANSIT, null)
		.code("InTransit_005", "Customs clearance completed", IN_TRANSIT, "IN_TRANSIT_CUSTOMS_CLEARED")
		.code("InTransit_006", "Customs clearance started: package handed over to customs for clearance", IN_TRANSIT,
				"IN_TRANSIT_CUSTOMS_STARTED")
		.code("InTransit_007", "Departure scan: package departed from the facility", IN_TRANSIT,
				"IN_TRANSIT_DEPARTED_HUB")
		.code("InTransit_008", "Problem resolved and shipment in transit", IN_TRANSIT, null)
		.code("InTransit_009", "Shipment forwarded to a different delivery address", IN_TRANSIT, "IN_TRANSIT_REROUTED")
		.code("OutForDelivery_001", "The package is out for delivery", OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("OutForDelivery_003", "The customer is contacted before the final delivery", OUT_FOR_DELIVERY, null)
		.code("OutForDelivery_004", "A delivery appointment is scheduled", OUT_FOR_DELIVERY, null)
		.code("AttemptFail_001",
				"The delivery of the package failed due to some reason; courier usually leaves a notice", ATTEMPT_FAIL,
				null)
		.code("AttemptFail_002", "Addressee not available: recipient not available at the given address", ATTEMPT_FAIL,
				"ATTEMPT_FAIL_RECIPIENT_ABSENT")
		.code("AttemptFail_003", "Business closed at the time of delivery", ATTEMPT_FAIL,
				"ATTEMPT_FAIL_BUSINESS_CLOSED")
		.code("Delivered_001", "Shipment delivered successfully", DELIVERED, null)
		.code("Delivered_002", "Package picked up by the customer", DELIVERED, "DELIVERED_PICKED_UP")
		.code("Delivered_003", "Package delivered to and signed by the customer", DELIVERED, "DELIVERED_RECIPIENT")
		.code("Delivered_004", "Package delivered to the customer and cash collected on delivery", DELIVERED,
				"DELIVERED_RECIPIENT")
		.code("Delivered_005", "The shipment was delivered to a neighbor", DELIVERED, "DELIVERED_NEIGHBOR")
		.code("AvailableForPickup_001", "The package arrived at a pickup point near you and is available for pickup",
				AVAILABLE_FOR_PICKUP, null)
		.code("Exception_001", "Delivery of the package failed due to some shipping exception", EXCEPTION, null)
		.code("Exception_002", "Customer moved: delivery failed as the customer relocated", EXCEPTION,
				"EXCEPTION_ADDRESS_UNKNOWN")
		.code("Exception_003", "Customer refused delivery", EXCEPTION, "EXCEPTION_REFUSED")
		.code("Exception_004", "Delayed (customs clearance): package delayed by issues during customs clearance",
				EXCEPTION, "EXCEPTION_CUSTOMS_HOLD")
		.code("Exception_005", "Delayed (external factors): package delayed due to some unforeseen reasons",
				StatusMapping.of(EXCEPTION, null, IncidentReason.OTHER))
		.code("Exception_006", "Held for payment: pending payment from the customer's end", EXCEPTION,
				"EXCEPTION_DUTIES_UNPAID")
		.code("Exception_007", "Incorrect address: package not delivered due to incorrect recipient address", EXCEPTION,
				"EXCEPTION_ADDRESS_UNKNOWN")
		.code("Exception_008", "Pick up missed: package available for pickup but not collected by the customer",
				EXCEPTION, "EXCEPTION_NOT_COLLECTED")
		.code("Exception_009", "Rejected by carrier due to noncompliance with its guidelines",
				StatusMapping.of(EXCEPTION, null, IncidentReason.RETAILER))
		.code("Exception_010", "Returning to sender: the package is on its way back to the sender", EXCEPTION,
				"EXCEPTION_RETURNING_TO_SENDER")
		.code("Exception_011", "Returned to sender: the return package has been received by the sender", EXCEPTION,
				"EXCEPTION_RETURNED_TO_SENDER")
		.code("Exception_012", "Shipment damaged", EXCEPTION, "EXCEPTION_DAMAGED")
		.code("Exception_013", "Shipment lost: delivery of the package failed as it got lost", EXCEPTION,
				"EXCEPTION_LOST")
		.code("Exception_016", "Delayed (processing issue) within the carrier network: vehicle, sorting, misroute",
				StatusMapping.of(EXCEPTION, null, IncidentReason.CARRIER))
		.code("Exception_017", "Delayed (extreme weather) such as storms, floods or heavy snow", EXCEPTION,
				"EXCEPTION_WEATHER")
		.code("Exception_018", "Incorrect / missing documents required by regulatory agencies; on hold", EXCEPTION,
				"EXCEPTION_CUSTOMS_HOLD")
		.code("Exception_019", "Delayed (late flight): delayed or rescheduled flight",
				StatusMapping.of(EXCEPTION, null, IncidentReason.CARRIER))
		.code("Exception_020", "Shipment cancelled: voided or canceled by the sender or carrier", EXCEPTION,
				"EXCEPTION_RETAILER_CANCELLED")
		.code("Exception_021", "Shipment disposed: destroyed or discarded (prohibited, damaged, undeliverable)",
				EXCEPTION, "EXCEPTION_LOST")
		.code("Expired_001", "No tracking information of the shipment from the last 30 days", EXPIRED,
				"EXPIRED_NO_UPDATES")
		// Sub-tags AfterShip adds later keep their tag's status
		.prefix("Pending_", StatusMapping.of(PENDING))
		.prefix("InfoReceived_", StatusMapping.of(INFO_RECEIVED))
		.prefix("InTransit_", StatusMapping.of(IN_TRANSIT))
		.prefix("OutForDelivery_", StatusMapping.of(OUT_FOR_DELIVERY))
		.prefix("AttemptFail_", StatusMapping.of(ATTEMPT_FAIL))
		.prefix("Delivered_", StatusMapping.of(DELIVERED))
		.prefix("AvailableForPickup_", StatusMapping.of(AVAILABLE_FOR_PICKUP))
		.prefix("Exception_", StatusMapping.of(EXCEPTION))
		.prefix("Expired_", StatusMapping.of(EXPIRED))
		.otherwise(StatusMapping.of(IN_TRANSIT))
		.build();

	private AfterShipStatusCodes() {
	}

}
