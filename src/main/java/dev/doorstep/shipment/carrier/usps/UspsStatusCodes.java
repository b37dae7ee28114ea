package dev.doorstep.shipment.carrier.usps;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.StatusMapping;

/**
 * USPS tracking event codes ({@code trackingEvents[].eventCode}) with the event text USPS
 * shows for them, after USPS's Product Tracking and Reporting event list ("Customer Daily
 * Extract" codes with their USPS.com scripting). Codes 01 to 29 and 51 to 56 are the
 * classic Track and Confirm codes; the letter codes are the acceptance and pre-shipment
 * events. An unknown code keeps its event text and counts as in transit, which is what
 * most unlisted USPS scans are (facility arrivals and departures).
 */
public final class UspsStatusCodes {

	public static final StatusCodeTable TABLE = StatusCodeTable.builder()
		// Pre-shipment: USPS knows the label, not the parcel.
		.code("GX", "Shipping Label Created, USPS Awaiting Item", TrackingStatus.INFO_RECEIVED,
				"INFO_RECEIVED_LABEL_CREATED")
		.code("MA", "Pre-Shipment Info Sent to USPS, USPS Awaiting Item", TrackingStatus.INFO_RECEIVED,
				"INFO_RECEIVED_LABEL_CREATED")
		.code("89", "Merchant Order Receipt Notification, USPS Awaiting Item", TrackingStatus.INFO_RECEIVED,
				"INFO_RECEIVED_LABEL_CREATED")
		.code("GC", "Return Receipt Associated", TrackingStatus.INFO_RECEIVED, null)
		.code("TM", "Shipment Received, Package Acceptance Pending", TrackingStatus.INFO_RECEIVED, null)
		// Acceptance: USPS has the parcel.
		.code("03", "USPS in possession of item (Accept or Pickup)", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("OA", "Origin Acceptance", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("UA", "Accepted at USPS Facility", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("AD", "Acceptance at Destination", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("83", "Tendered to Postal Service", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_HANDED_OVER")
		.code("80", "Picked Up by Shipping Partner, USPS Awaiting Item", TrackingStatus.IN_TRANSIT,
				"IN_TRANSIT_PICKED_UP")
		.code("81", "Arrived Shipping Partner Facility, USPS Awaiting Item", TrackingStatus.IN_TRANSIT,
				"IN_TRANSIT_ARRIVED_AT_HUB")
		.code("82", "Departed Shipping Partner Facility, USPS Awaiting Item", TrackingStatus.IN_TRANSIT,
				"IN_TRANSIT_DEPARTED_HUB")
		// On the way.
		.code("10", "Processed Through Facility", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("07", "Arrival at Unit", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("06", "Forwarded", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_REROUTED")
		.code("08", "Missent", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_REROUTED")
		.code("15", "Mis-shipped", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_REROUTED")
		.code("OF", "Out for Delivery", TrackingStatus.OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE")
		// Delivery and pick-up.
		.code("01", "Delivered", TrackingStatus.DELIVERED, null)
		.code("17", "Picked Up at Postal Facility", TrackingStatus.DELIVERED, "DELIVERED_PICKED_UP")
		.code("16", "Available for Pickup", TrackingStatus.AVAILABLE_FOR_PICKUP, "AVAILABLE_FOR_PICKUP_POST_OFFICE")
		.code("52", "Notice Left, Available for Pickup", TrackingStatus.AVAILABLE_FOR_PICKUP,
				"AVAILABLE_FOR_PICKUP_POST_OFFICE")
		// Failed attempts: the carrier will try again or hold the item.
		.code("02", "Notice Left", TrackingStatus.ATTEMPT_FAIL, "ATTEMPT_FAIL_RECIPIENT_ABSENT")
		.code("51", "Notice Left (Business Closed)", TrackingStatus.ATTEMPT_FAIL, "ATTEMPT_FAIL_BUSINESS_CLOSED")
		.code("53", "Notice Left (Receptacle Blocked)", TrackingStatus.ATTEMPT_FAIL, "ATTEMPT_FAIL_ADDRESS_ISSUE")
		.code("54", "Notice Left (Receptacle Full/Item Oversized)", TrackingStatus.ATTEMPT_FAIL,
				"ATTEMPT_FAIL_ADDRESS_ISSUE")
		.code("55", "Notice Left (No Secure Location Available)", TrackingStatus.ATTEMPT_FAIL,
				"ATTEMPT_FAIL_ADDRESS_ISSUE")
		.code("56", "Notice Left (No Authorized Recipient Available)", TrackingStatus.ATTEMPT_FAIL,
				"ATTEMPT_FAIL_RECIPIENT_ABSENT")
		// Undeliverable: the item goes back.
		.code("04", "Refused", TrackingStatus.EXCEPTION, "EXCEPTION_REFUSED")
		.code("05", "Undeliverable as Addressed", TrackingStatus.EXCEPTION, "EXCEPTION_ADDRESS_UNKNOWN")
		.code("09", "Return to Sender", TrackingStatus.EXCEPTION, "EXCEPTION_RETURNING_TO_SENDER")
		.code("11", "Dead Letter", TrackingStatus.EXCEPTION, "EXCEPTION_LOST")
		.code("21", "No Such Number", TrackingStatus.EXCEPTION, "EXCEPTION_ADDRESS_UNKNOWN")
		.code("22", "Insufficient Address", TrackingStatus.EXCEPTION, "EXCEPTION_ADDRESS_UNKNOWN")
		.code("23", "Moved, Left No Address", TrackingStatus.EXCEPTION, "EXCEPTION_ADDRESS_UNKNOWN")
		.code("24", "Forward Expired", TrackingStatus.EXCEPTION, "EXCEPTION_RETURNING_TO_SENDER")
		.code("25", "Addressee Unknown", TrackingStatus.EXCEPTION, "EXCEPTION_ADDRESS_UNKNOWN")
		.code("26", "Vacant", TrackingStatus.EXCEPTION, "EXCEPTION_ADDRESS_UNKNOWN")
		.code("27", "Unclaimed", TrackingStatus.EXCEPTION, "EXCEPTION_NOT_COLLECTED")
		.code("28", "Deceased", StatusMapping.of(TrackingStatus.EXCEPTION, null, IncidentReason.RECIPIENT))
		.code("29", "Return to Sender - Not Picked Up", TrackingStatus.EXCEPTION, "EXCEPTION_NOT_COLLECTED")
		.otherwise(StatusMapping.of(TrackingStatus.IN_TRANSIT))
		.build();

	private UspsStatusCodes() {
	}

}
