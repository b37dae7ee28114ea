package dev.doorstep.shipment.carrier.royalmail;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.StatusMapping;

/**
 * Royal Mail tracking event codes with the event name from Royal Mail's event code list.
 * Where Royal Mail's own status category and what the recipient sees differ, the
 * recipient wins: "Local Collect" items Royal Mail calls delivered are waiting at a Post
 * Office, so they are available for pick-up. Unknown {@code EVA*} codes are pre-advice;
 * any other unknown code counts as in transit, like most of Royal Mail's scans.
 */
public final class RoyalMailStatusCodes {

	private static final String PICKED_UP = "IN_TRANSIT_PICKED_UP";

	private static final String AT_HUB = "IN_TRANSIT_ARRIVED_AT_HUB";

	private static final String DEPARTED = "IN_TRANSIT_DEPARTED_HUB";

	private static final String REROUTED = "IN_TRANSIT_REROUTED";

	private static final String AT_POST_OFFICE = "AVAILABLE_FOR_PICKUP_POST_OFFICE";

	private static final String ABSENT = "ATTEMPT_FAIL_RECIPIENT_ABSENT";

	private static final String INACCESSIBLE = "ATTEMPT_FAIL_ADDRESS_ISSUE";

	private static final String REFUSED = "EXCEPTION_REFUSED";

	private static final String BAD_ADDRESS = "EXCEPTION_ADDRESS_UNKNOWN";

	private static final String RETURNING = "EXCEPTION_RETURNING_TO_SENDER";

	private static final String NOT_COLLECTED = "EXCEPTION_NOT_COLLECTED";

	private static final String CUSTOMS_HOLD = "EXCEPTION_CUSTOMS_HOLD";

	private static final TrackingStatus INFO = TrackingStatus.INFO_RECEIVED;

	private static final TrackingStatus TRANSIT = TrackingStatus.IN_TRANSIT;

	private static final TrackingStatus PICKUP = TrackingStatus.AVAILABLE_FOR_PICKUP;

	private static final TrackingStatus ATTEMPT = TrackingStatus.ATTEMPT_FAIL;

	private static final TrackingStatus DELIVERED = TrackingStatus.DELIVERED;

	private static final TrackingStatus EXCEPTION = TrackingStatus.EXCEPTION;

	public static final StatusCodeTable TABLE = StatusCodeTable.builder()
		// Pre-advice: the sender told Royal Mail the item is coming.
		.code("EVAIE", "Pre-advice Item Passed - Received with errors", INFO, "INFO_RECEIVED_LABEL_CREATED")
		.code("EVAIP", "Pre-advice Item Passed - Validation Passed", INFO, "INFO_RECEIVED_LABEL_CREATED")
		.code("EVAPA", "Pre-advice", INFO, "INFO_RECEIVED_LABEL_CREATED")
		.code("EVPPB", "Parcel Received at POL (inferred)", INFO, "INFO_RECEIVED_LABEL_CREATED")
		// Acceptance ("We've got it").
		.code("EVPPA", "Receipt scan for all product arriving at POL", TRANSIT, PICKED_UP)
		.code("EVNPB", "Accepted by Royal Mail at Customer Service Point", TRANSIT, PICKED_UP)
		.code("EVOAC", "Item Acceptance", TRANSIT, PICKED_UP)
		.code("EVOBC", "Acceptance from bulk receipt", TRANSIT, PICKED_UP)
		.code("EVHAC", "Outward Collection", TRANSIT, PICKED_UP)
		.code("EVBAH", "Outward RDC - Handheld Acceptance", TRANSIT, PICKED_UP)
		.code("EVBAV", "Outward RDC - Volumetric Acceptance", TRANSIT, PICKED_UP)
		.code("EVBPM", "Outward RDC Primary Mixed - Handheld Acceptance", TRANSIT, PICKED_UP)
		.code("EVBPR", "Outward RDC Primary Regular - Handheld Acceptance", TRANSIT, PICKED_UP)
		.code("EVBSM", "Outward RDC Secondary Mixed - Handheld Acceptance", TRANSIT, PICKED_UP)
		.code("EVBSR", "Outward RDC Secondary Regular - Handheld Acceptance", TRANSIT, PICKED_UP)
		.code("EVDAC", "Outward MC - Handheld Acceptance", TRANSIT, PICKED_UP)
		.code("EVDAV", "Outward Mail Centre Automation Acceptance", TRANSIT, PICKED_UP)
		.code("EVDPL", "Outward MC Primary Large - Handheld Acceptance", TRANSIT, PICKED_UP)
		.code("EVDPM", "Outward MC Primary Mixed - Handheld Acceptance", TRANSIT, PICKED_UP)
		.code("EVDPR", "Outward MC Primary Regular - Handheld Acceptance", TRANSIT, PICKED_UP)
		.code("EVDSL", "Outward MC Secondary Large - Handheld Acceptance", TRANSIT, PICKED_UP)
		.code("EVDSM", "Outward MC Secondary Mixed - Handheld Acceptance", TRANSIT, PICKED_UP)
		.code("EVDSR", "Outward MC Secondary Regular - Handheld Acceptance", TRANSIT, PICKED_UP)
		// Through the network.
		.code("EVCAH", "Inward RDC - Handheld Acceptance", TRANSIT, AT_HUB)
		.code("EVCAV", "Inward RDC - Volumetric Acceptance", TRANSIT, AT_HUB)
		.code("EVIAV", "Inward MC - Automation Acceptance", TRANSIT, AT_HUB)
		.code("EVGDO", "Delivery Office - Item received in a bag from another Delivery Office", TRANSIT, AT_HUB)
		.code("EVORC", "Item received in container", TRANSIT, AT_HUB)
		.code("EVORI", "MC Handheld Acceptance - inferred from container receipt", TRANSIT, AT_HUB)
		.code("EVODO", "Item despatched (Inferred)", TRANSIT, DEPARTED)
		.code("EVNDO", "Forwarded to Delivery Office", TRANSIT, null)
		.code("EVNMC", "Forwarded to Mail Centre", TRANSIT, null)
		.code("EVORT", "Item received for RTS from the DO at the MC", TRANSIT, null)
		.code("EVOUF", "Item refused by CAA", TRANSIT, null)
		.code("EVBMI", "Outward RDC Mis-sort Scan", TRANSIT, REROUTED)
		.code("EVCMI", "Mis-sort Scan: Inward RDC Handheld", TRANSIT, REROUTED)
		.code("EVCPI", "Mis-sort Scan: Inward RDC Handheld", TRANSIT, REROUTED)
		.code("EVDMI", "Outward MC Mis-sort Scan", TRANSIT, REROUTED)
		.code("EVGMI", "Indoor Sorting - Mis-sort - Redirected", TRANSIT, REROUTED)
		.code("EVOMI", "Item mis-sorted", TRANSIT, REROUTED)
		.code("EVNMI", "Forwarded - Mis-sort", TRANSIT, REROUTED)
		.code("EVNWA", "Forwarded - Wrong Address", TRANSIT, REROUTED)
		.code("EVNRD", "Item redirected", TRANSIT, REROUTED)
		.code("EVNRC", "Selected for redelivery to Local Collect", TRANSIT, REROUTED)
		.code("EVNSR", "Selected For Redelivery", TRANSIT, null)
		.code("EVNKS", "Available For Collection - Keepsafe", TRANSIT, null)
		// International: export, import and customs.
		.code("EVHOE", "Departure from Outward Office of Exchange", TRANSIT, DEPARTED)
		.code("EVILC", "Item despatched from Heathrow ILC to RMG Location", TRANSIT, DEPARTED)
		.code("EVJOE", "Arrival at Inward Office of Exchange", TRANSIT, AT_HUB)
		.code("EVJDU", "Departure from Inward Office of Exchange", TRANSIT, DEPARTED)
		.code("EVJJV", "Departure from Inward Office of Exchange - High Value Item", TRANSIT, DEPARTED)
		.code("EVJMV", "Departure from Inward Office of Exchange - Medium Value Item", TRANSIT, DEPARTED)
		.code("EVJLV", "Departure from Inward Office of Exchange - Low Value Item", TRANSIT, DEPARTED)
		.code("EVJIC", "Presented to Import Customs", TRANSIT, "IN_TRANSIT_CUSTOMS_STARTED")
		.code("EVJIA", "Returned from Import Customs due to Import Authorised", TRANSIT, "IN_TRANSIT_CUSTOMS_CLEARED")
		.code("EVJNT", "Returned from Import Customs due to Import Authorised; No Taxes or Duties to be Paid", TRANSIT,
				"IN_TRANSIT_CUSTOMS_CLEARED")
		.code("EVJDP", "Returned from Import Customs due to Import Authorised; Taxes and / or Duties to be Paid",
				TRANSIT, "IN_TRANSIT_CUSTOMS_CLEARED")
		.code("EVJEA", "Returned from Import Customs due to Export Authorised", TRANSIT, "IN_TRANSIT_CUSTOMS_CLEARED")
		.code("EVJFC",
				"Returned from Import Customs due to Import Authorised only for Forwarding for Clearance in a Remote Customs Office",
				TRANSIT, "IN_TRANSIT_CUSTOMS_CLEARED")
		.code("EVJAP", "Held by Import Customs due to Awaiting Presentation to Border Agency / Security", EXCEPTION,
				CUSTOMS_HOLD)
		.code("EVJBA", "Held by Import Customs due to Retained by Border Agency / Security for Unspecified Reason",
				EXCEPTION, CUSTOMS_HOLD)
		.code("EVJCA", "Held by Import Customs due to Handed Over to Customs Authority for Final Delivery", EXCEPTION,
				CUSTOMS_HOLD)
		.code("EVJCC", "Held by Import Customs due to Impossible to Contact Customer for Information", EXCEPTION,
				CUSTOMS_HOLD)
		.code("EVJCD", "Held by Import Customs due to Customs Declaration Missing / Inappropriate", EXCEPTION,
				CUSTOMS_HOLD)
		.code("EVJCO", "Held by Import Customs - due to Certificate of Origin Missing / Inappropriate", EXCEPTION,
				CUSTOMS_HOLD)
		.code("EVJEM", "Held by Import Customs due to Invoice Missing / Inappropriate", EXCEPTION, CUSTOMS_HOLD)
		.code("EVJES", "Held by Import Customs due to Incomplete Shipment", EXCEPTION, CUSTOMS_HOLD)
		.code("EVJIN", "Held by Import Customs due to Insufficient / Incomplete / Incorrect Documentation", EXCEPTION,
				CUSTOMS_HOLD)
		.code("EVJML", "Held by Import Customs due to Articles whose Importation is subject to Restrictions", EXCEPTION,
				CUSTOMS_HOLD)
		.code("EVJPA", "Held by Import Customs due to Prohibited Articles", EXCEPTION, CUSTOMS_HOLD)
		.code("EVJSR", "Held by Import Customs due to Articles whose Exportation is Subject to Restrictions", EXCEPTION,
				CUSTOMS_HOLD)
		.code("EVHAP", "Export Cancellation due to Awaiting Payment of Charges", EXCEPTION, "EXCEPTION_DUTIES_UNPAID")
		.code("EVHAR", "Export Cancellation At Addressee's Request",
				StatusMapping.of(EXCEPTION, null, IncidentReason.RECIPIENT))
		.code("EVHSR", "Export Cancellation At Sender's Request", EXCEPTION, "EXCEPTION_RETAILER_CANCELLED")
		.code("EVHCA", "Export Cancellation due to Incorrect / Illegible / Incomplete Address", EXCEPTION, BAD_ADDRESS)
		.code("EVHCR", "Export Cancellation due to Does Not Meet Customs Requirements", EXCEPTION, CUSTOMS_HOLD)
		.code("EVHID", "Export Cancellation due to Insufficient / Incomplete / Incorrect Documentation", EXCEPTION,
				CUSTOMS_HOLD)
		.code("EVHDI", "Export Cancellation due to Item Damaged and / or Missing Contents", EXCEPTION,
				"EXCEPTION_DAMAGED")
		.code("EVHFM", "Export Cancellation due to Force Majeure / Exceptional Event",
				StatusMapping.of(EXCEPTION, null, IncidentReason.OTHER))
		.code("EVHNC", "Export Cancellation due to Impossible to Contact Customer for Information",
				StatusMapping.of(EXCEPTION, null, IncidentReason.RETAILER))
		// Delivery day.
		.code("EVGPD", "Indoor Sorting - Ready For Delivery", TrackingStatus.OUT_FOR_DELIVERY,
				"OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("EVKSP", "Delivered - Signature", DELIVERED, "DELIVERED_RECIPIENT")
		.code("EVKOP", "Delivered - No Signature", DELIVERED, null)
		.code("EVKDN", "Delivered to Neighbour - No Signature", DELIVERED, "DELIVERED_NEIGHBOR")
		.code("EVKNS", "Delivered to Neighbour - Signature", DELIVERED, "DELIVERED_NEIGHBOR")
		.code("EVKSF", "Safeplace Delivered", DELIVERED, "DELIVERED_SAFE_PLACE")
		.code("EVNPO", "Delivered to PO Box", DELIVERED, "DELIVERED_MAILBOX")
		.code("EVNFS", "Delivery Recorded at the Delivery Office", DELIVERED, null)
		.code("EVNLP", "Item Delivered - Recorded Late at Delivery Office", DELIVERED, null)
		.code("EVNOI", "Implied delivery", DELIVERED, null)
		.code("EVNCO", "Item Collected - from SPS site", DELIVERED, "DELIVERED_PICKED_UP")
		.code("EVNCE", "Item Collected - from SPS site using E739", DELIVERED, "DELIVERED_PICKED_UP")
		.code("EVNOC", "Item Collected", DELIVERED, "DELIVERED_PICKED_UP")
		.code("EVNSC", "Item Collected - Signature", DELIVERED, "DELIVERED_PICKED_UP")
		.code("EVPLC", "Local Collect collected from Post Office - No Fee Paid", DELIVERED, "DELIVERED_PICKED_UP")
		.code("EVPLF", "Local Collect collected from Post Office - Fee Paid", DELIVERED, "DELIVERED_PICKED_UP")
		// Waiting for the recipient to collect.
		.code("EVKLC", "Local Collect - No Signature (Delivered to POL)", PICKUP, AT_POST_OFFICE)
		.code("EVKLS", "Local Collect - Signature", PICKUP, AT_POST_OFFICE)
		.code("EVPLA", "Local Collect arrived at Post Office", PICKUP, AT_POST_OFFICE)
		.code("EVNLC", "Available For Collection - Local Collect", PICKUP, AT_POST_OFFICE)
		.code("EVNAE", "Allocated to Customer Service Point", PICKUP, AT_POST_OFFICE)
		.code("EVNDA", "Available For Collection - No Answer", PICKUP, AT_POST_OFFICE)
		.code("EVNAA", "Available For Collection - Address Inaccessible", PICKUP, AT_POST_OFFICE)
		.code("EVNRT", "Held for Retention", PICKUP, AT_POST_OFFICE)
		.code("EVNCF", "Hold with fee to pay", EXCEPTION, "EXCEPTION_DUTIES_UNPAID")
		// Failed attempts.
		.code("EVKNA", "No Answer", ATTEMPT, ABSENT)
		.code("EVNBA", "Delivery attempted late - no answer recorded at delivery office", ATTEMPT, ABSENT)
		.code("EVNSA", "Delivery attempted on time - no answer recorded at delivery office", ATTEMPT, ABSENT)
		.code("EVPON", "Undelivered - Attempted on time - No Answer", ATTEMPT, ABSENT)
		.code("EVPXN", "Undelivered - Attempted Late - No Answer", ATTEMPT, ABSENT)
		.code("EVKAA", "Address Inaccessible", ATTEMPT, INACCESSIBLE)
		.code("EVKSU", "Unable to deliver to Safeplace", ATTEMPT, INACCESSIBLE)
		.code("EVNIL", "Delivery attempted late - address inaccessible recorded at delivery office", ATTEMPT,
				INACCESSIBLE)
		.code("EVNIO", "Delivery attempted on time - address inaccessible recorded at delivery office", ATTEMPT,
				INACCESSIBLE)
		.code("EVPOA", "Undelivered - Attempted on time - Address Inaccessible", ATTEMPT, INACCESSIBLE)
		.code("EVPXA", "Undelivered - Attempted Late - Address Inaccessible", ATTEMPT, INACCESSIBLE)
		.code("EVNUL", "Delivery attempted late - unknown addressee recorded at delivery office", ATTEMPT, INACCESSIBLE)
		.code("EVNUO", "Delivery attempted on time - unknown addressee recorded at delivery office", ATTEMPT,
				INACCESSIBLE)
		.code("EVPOU", "Undelivered - Attempted on time - Address Unknown", ATTEMPT, INACCESSIBLE)
		.code("EVPXU", "Undelivered - Attempted Late - Address Unknown", ATTEMPT, INACCESSIBLE)
		.code("EVNDN", "Delivery Not Attempted", ATTEMPT, "ATTEMPT_FAIL_CARRIER")
		// Back to the sender.
		.code("EVKRF", "Refused", EXCEPTION, REFUSED)
		.code("EVNAB", "Marked for return - refused", EXCEPTION, REFUSED)
		.code("EVNRF", "Return To Sender - Refused", EXCEPTION, REFUSED)
		.code("EVNHR", "Returned to HWDC - refused", EXCEPTION, REFUSED)
		.code("EVNLR", "Return to NRC - Refused", EXCEPTION, REFUSED)
		.code("EVNRO", "Delivery attempted on time - refused recorded at delivery office", EXCEPTION, REFUSED)
		.code("EVNRR", "Delivery attempted late - refused recorded at delivery office", EXCEPTION, REFUSED)
		.code("EVPLR", "Local Collect refused return to sender", EXCEPTION, REFUSED)
		.code("EVPOR", "Undelivered - Attempted on time - Refused", EXCEPTION, REFUSED)
		.code("EVPXR", "Undelivered - Attempted Late - Refused", EXCEPTION, REFUSED)
		.code("EVKGA", "Gone Away", EXCEPTION, BAD_ADDRESS)
		.code("EVNAC", "Marked for return - gone away", EXCEPTION, BAD_ADDRESS)
		.code("EVNGA", "Return To Sender - Gone Away", EXCEPTION, BAD_ADDRESS)
		.code("EVNGL", "Delivery attempted late - gone away recorded at delivery office", EXCEPTION, BAD_ADDRESS)
		.code("EVNLG", "Return to NRC - Gone Away", EXCEPTION, BAD_ADDRESS)
		.code("EVPOG", "Undelivered - Attempted on time - Addressee Gone Away", EXCEPTION, BAD_ADDRESS)
		.code("EVPXG", "Undelivered - Attempted Late - Addressee Gone Away", EXCEPTION, BAD_ADDRESS)
		.code("EVNUK", "Marked for return - addressee unknown", EXCEPTION, BAD_ADDRESS)
		.code("EVPLU", "Local Collect addressee unknown return to sender", EXCEPTION, BAD_ADDRESS)
		.code("EVKAI", "Address Incomplete/Incorrect", EXCEPTION, BAD_ADDRESS)
		.code("EVNAI", "Return To Sender - Address Incomplete", EXCEPTION, BAD_ADDRESS)
		.code("EVNLA", "Return to NRC - Address Incomplete", EXCEPTION, BAD_ADDRESS)
		.code("EVNLI", "Delivery attempted late - incomplete address recorded at delivery office", EXCEPTION,
				BAD_ADDRESS)
		.code("EVNSI", "Delivery attempted on time - incomplete address recorded at delivery office", EXCEPTION,
				BAD_ADDRESS)
		.code("EVPOI", "Undelivered - Attempted on time - Address Incomplete", EXCEPTION, BAD_ADDRESS)
		.code("EVPXI", "Undelivered - Attempted Late - Address Incomplete", EXCEPTION, BAD_ADDRESS)
		.code("EVBRA", "Outward RDC - Rejected RTS - Address Incomplete", EXCEPTION, BAD_ADDRESS)
		.code("EVBSA", "Outward RDC - RTS Address Incomplete Handheld", EXCEPTION, BAD_ADDRESS)
		.code("EVCPA", "Inward RDC - Rejected RTS Address Incomplete", EXCEPTION, BAD_ADDRESS)
		.code("EVCRA", "Inward RDC - Rejected RTS Address Incomplete", EXCEPTION, BAD_ADDRESS)
		.code("EVDRA", "Outward MC - RTS Address Incomplete Handheld", EXCEPTION, BAD_ADDRESS)
		.code("EVDSA", "Outward MC - RTS Address Incomplete Handheld", EXCEPTION, BAD_ADDRESS)
		.code("EVNAD", "Marked for return - retention exceeded", EXCEPTION, NOT_COLLECTED)
		.code("EVNRE", "Return To Sender - Retention Exceeded", EXCEPTION, NOT_COLLECTED)
		.code("EVNHE", "Returned to HWDC - retention exceeded", EXCEPTION, NOT_COLLECTED)
		.code("EVNRL", "Return to NRC - Retention Exceeded", EXCEPTION, NOT_COLLECTED)
		.code("EVPLN", "Local Collect not collected return to sender", EXCEPTION, NOT_COLLECTED)
		.code("EVBRB", "Outward RDC - Rejected Barcode", EXCEPTION, RETURNING)
		.code("EVCRB", "Inward RDC - Rejected Barcode", EXCEPTION, RETURNING)
		.code("EVDRB", "Outward MC - Rejected Barcode", EXCEPTION, RETURNING)
		.code("EVDRW", "Outward MC - Overweight Handheld", EXCEPTION, RETURNING)
		.code("EVDSW", "Outward MC - Overweight Handheld", EXCEPTION, RETURNING)
		.code("EVBRW", "Outward RDC - Rejected Overweight", EXCEPTION, RETURNING)
		.code("EVBRT", "Outward RDC - Returned to Sender", EXCEPTION, RETURNING)
		.code("EVNRS", "Returned to Sender", EXCEPTION, RETURNING)
		.code("EVNRN", "Returned to NRC", EXCEPTION, RETURNING)
		.code("EVORR", "Item received and identified as a return to sender item", EXCEPTION, RETURNING)
		.code("EVPLI", "Local Collect request to return to sender", EXCEPTION, RETURNING)
		.code("EVPLX", "Local Collect waiting at Post Office for return to sender", EXCEPTION, RETURNING)
		.code("EVPUX", "Undelivered item - Accepted for return by POL", EXCEPTION, RETURNING)
		// Restricted or prohibited contents.
		.code("EVSGD", "Confirmed dangerous goods and disposed of",
				StatusMapping.of(EXCEPTION, null, IncidentReason.RETAILER))
		.code("EVSGS", "Confirmed mixed goods - dangerous goods disposed of and remaining items allowed to continue",
				StatusMapping.of(EXCEPTION, null, IncidentReason.RETAILER))
		.code("EVSUS", "Suspected prohibited goods", StatusMapping.of(EXCEPTION, null, IncidentReason.RETAILER))
		.prefix("EVA", StatusMapping.of(INFO))
		.otherwise(StatusMapping.of(TRANSIT))
		.build();

	private RoyalMailStatusCodes() {
	}

	/**
	 * Royal Mail's notification events ({@code N...} codes and {@code EVZ...} system
	 * events) are listed as "Not Applicable": they record messages sent about the item,
	 * not where it is.
	 */
	static boolean isNotification(String code) {
		return code.startsWith("EVZ") || (code.length() == 5 && code.charAt(0) == 'N');
	}

}
