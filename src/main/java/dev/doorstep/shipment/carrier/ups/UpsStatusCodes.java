package dev.doorstep.shipment.carrier.ups;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.StatusMapping;

import static dev.doorstep.shipment.TrackingStatus.ATTEMPT_FAIL;
import static dev.doorstep.shipment.TrackingStatus.AVAILABLE_FOR_PICKUP;
import static dev.doorstep.shipment.TrackingStatus.DELIVERED;
import static dev.doorstep.shipment.TrackingStatus.EXCEPTION;
import static dev.doorstep.shipment.TrackingStatus.INFO_RECEIVED;
import static dev.doorstep.shipment.TrackingStatus.IN_TRANSIT;
import static dev.doorstep.shipment.TrackingStatus.OUT_FOR_DELIVERY;

/**
 * UPS's two code lists on an activity's {@code status}.
 * <p>
 * {@link #TABLE}: the package detail status code ({@code status.statusCode}, three
 * digits, e.g. {@code 003}), the fine-grained one, keyed as UPS sends it. The meanings
 * are UPS's own texts from the Track API code reference
 * (https://developer.ups.com/api/reference/tracking/appendix, reproduced in
 * https://github.com/UPS-API/api-documentation/issues/7); codes UPS lists only as the
 * generic "Exception"/"Update" category share {@code 013}.
 * <p>
 * {@link #TYPES}: the activity status type ({@code status.type}: {@code I}, {@code D},
 * {@code X}, {@code P}, {@code M}, ...), which every activity carries. A status code the
 * table does not list is never dropped: its type decides, and the event is flagged as
 * unmapped.
 */
public final class UpsStatusCodes {

	public static final StatusCodeTable TABLE = StatusCodeTable.builder()
		.code("003", "Order Processed: Ready for UPS (Shipment Ready for UPS)", INFO_RECEIVED,
				"INFO_RECEIVED_LABEL_CREATED")
		.code("005", "In Transit", IN_TRANSIT, null)
		.code("007", "Shipment Information Voided (Shipment Canceled)", EXCEPTION, "EXCEPTION_RETAILER_CANCELLED")
		.code("011", "Delivered", DELIVERED, null)
		.code("012", "Clearance in Progress", IN_TRANSIT, "IN_TRANSIT_CUSTOMS_STARTED")
		.code("013", "Exception (Update)", EXCEPTION, null)
		.code("016", "Held in Warehouse: UPS is holding the cargo at a secure facility, pending instructions",
				EXCEPTION, null)
		.code("017", "Held for Customer Pickup: held at the selected UPS location", AVAILABLE_FOR_PICKUP, null)
		.code("019", "Held for Future Delivery (Delivery Rescheduled)", IN_TRANSIT, null)
		.code("021", "Out for Delivery Today", OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("022", "First Attempt Made (Delivery Attempted): we missed you, we'll try again on the next business day",
				StatusMapping.of(ATTEMPT_FAIL, "ATTEMPT_FAIL_RECIPIENT_ABSENT", IncidentReason.RECIPIENT))
		.code("025", "Transferred to Local Post Office for Delivery", IN_TRANSIT, "IN_TRANSIT_HANDED_OVER")
		.code("027", "Delivery Address Change Requested: deliver to an alternate address", IN_TRANSIT,
				"IN_TRANSIT_REROUTED")
		.code("028", "Delivery Address Changed: UPS has updated the address for the package", IN_TRANSIT,
				"IN_TRANSIT_REROUTED")
		.code("029", "Exception: Action Required (Address Information Required)",
				StatusMapping.of(EXCEPTION, "EXCEPTION_ADDRESS_UNKNOWN", IncidentReason.RECIPIENT))
		.code("032", "Adverse Weather May Cause Delay", IN_TRANSIT, "IN_TRANSIT_DELAYED_WEATHER")
		.code("035", "Returning to Sender", EXCEPTION, "EXCEPTION_RETURNING_TO_SENDER")
		.code("038", "Picked Up", IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("040", "Delivered to UPS Access Point, Awaiting Customer Pickup", AVAILABLE_FOR_PICKUP,
				"AVAILABLE_FOR_PICKUP_PARCELSHOP")
		.code("044", "In Transit to UPS (On Its Way to UPS): the delivery date is set when UPS takes possession",
				INFO_RECEIVED, null)
		.code("048", "Delay", IN_TRANSIT, "IN_TRANSIT_DELAYED")
		.code("051", "Delay: Emergency Situation or Severe Weather", IN_TRANSIT, "IN_TRANSIT_DELAYED_WEATHER")
		.code("052", "Delay: Severe Weather", IN_TRANSIT, "IN_TRANSIT_DELAYED_WEATHER")
		.code("053", "Delay: Severe Weather (recovery)", IN_TRANSIT, "IN_TRANSIT_DELAYED_WEATHER")
		.code("054", "Delivery Change Requested", IN_TRANSIT, null)
		.code("058", "Clearance Information Required", EXCEPTION, "EXCEPTION_CUSTOMS_HOLD")
		.code("071", "Preparing for Delivery Today: arrived at the destination facility", IN_TRANSIT,
				"IN_TRANSIT_ARRIVED_AT_HUB")
		.otherwise(StatusMapping.of(IN_TRANSIT))
		.build();

	/** Activity status types, the coarse classification every activity carries. */
	public static final StatusCodeTable TYPES = StatusCodeTable.builder()
		.caseSensitive()
		.code("M", "Billing Information Received (manifest)", INFO_RECEIVED, "INFO_RECEIVED_LABEL_CREATED")
		.code("MV", "Billing Information Voided", EXCEPTION, "EXCEPTION_RETAILER_CANCELLED")
		.code("P", "Pickup", IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("I", "In Transit", IN_TRANSIT, null)
		.code("O", "Out for Delivery", OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("D", "Delivered", DELIVERED, null)
		.code("X", "Exception", EXCEPTION, null)
		.code("RS", "Returned to Shipper", EXCEPTION, "EXCEPTION_RETURNED_TO_SENDER")
		.code("DO", "Delivered Origin CFS (Freight only)", IN_TRANSIT, null)
		.code("DD", "Delivered Destination CFS (Freight only)", IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("W", "Warehousing (Freight only)", IN_TRANSIT, null)
		.code("NA", "Not Available", IN_TRANSIT, null)
		.otherwise(StatusMapping.of(TrackingStatus.IN_TRANSIT))
		.build();

	private UpsStatusCodes() {
	}

}
