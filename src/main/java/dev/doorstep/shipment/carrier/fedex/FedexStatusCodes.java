package dev.doorstep.shipment.carrier.fedex;

import dev.doorstep.shipment.IncidentReason;
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
 * FedEx tracking status codes, the two-letter codes of a scan event's {@code eventType}
 * and of {@code derivedStatusCode}/{@code latestStatusDetail.code}, with FedEx's meanings
 * ("Tracking status codes" in the FedEx Track API reference,
 * https://developer.fedex.com/api/en-us/guides/api-reference.html, and the Track API
 * change log of 15 October 2021 for {@code AE}/{@code AO}). {@code EA} is listed twice by
 * FedEx (enroute to airport, export approved); both mean the parcel moves on.
 */
public final class FedexStatusCodes {

	public static final StatusCodeTable TABLE = StatusCodeTable.builder()
		// Before FedEx has the parcel
		.code("OC", "Order created / shipment information sent to FedEx", INFO_RECEIVED, "INFO_RECEIVED_LABEL_CREATED")
		.code("IN", "Initiated: label created (derived status)", INFO_RECEIVED, "INFO_RECEIVED_LABEL_CREATED")
		.code("EP", "Enroute to pickup", INFO_RECEIVED, null)
		.code("AP", "At pickup", INFO_RECEIVED, null)
		.code("PD", "Pickup delay", StatusMapping.of(INFO_RECEIVED, null, IncidentReason.CARRIER))
		.code("RP", "Return label link emailed to return sender", INFO_RECEIVED, "INFO_RECEIVED_LABEL_CREATED")
		.code("LP", "Return label link cancelled by shipment originator", INFO_RECEIVED, null)
		.code("RG", "Return label link expiring soon", INFO_RECEIVED, null)
		.code("RD", "Return label link expired", INFO_RECEIVED, null)
		// Pickup and line haul
		.code("PU", "Picked up", IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("PX", "Picked up (see details)", IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("OF", "At FedEx origin facility", IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("LO", "Left origin", IN_TRANSIT, "IN_TRANSIT_DEPARTED_HUB")
		.code("AR", "Arrived at FedEx location", IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("AF", "At local FedEx facility", IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("FD", "At FedEx destination", IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("SF", "At sort facility", IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("DP", "Departed FedEx location", IN_TRANSIT, "IN_TRANSIT_DEPARTED_HUB")
		.code("IT", "In transit", IN_TRANSIT, null)
		.code("IX", "In transit (see details)", IN_TRANSIT, null)
		.code("AA", "At airport", IN_TRANSIT, null)
		.code("EA", "Enroute to airport / export approved", IN_TRANSIT, null)
		.code("EO", "Enroute to origin airport", IN_TRANSIT, null)
		.code("PF", "Plane in flight", IN_TRANSIT, null)
		.code("PL", "Plane landed", IN_TRANSIT, null)
		.code("PM", "In progress", IN_TRANSIT, null)
		.code("TR", "Transfer", IN_TRANSIT, null)
		.code("SP", "Split status (multiple-piece shipment)", IN_TRANSIT, null)
		.code("DS", "Vehicle dispatched", IN_TRANSIT, null)
		.code("DR", "Vehicle furnished but not used", IN_TRANSIT, null)
		.code("AE", "Shipment arriving early", IN_TRANSIT, null)
		.code("AO", "Shipment arriving on time", IN_TRANSIT, null)
		.code("AD", "At delivery", IN_TRANSIT, null)
		.code("CH", "Location changed", IN_TRANSIT, "IN_TRANSIT_REROUTED")
		.code("RR", "Delivery option requested (CDO requested)", IN_TRANSIT, null)
		.code("RM", "Delivery option modified (CDO modified)", IN_TRANSIT, null)
		.code("RC", "Delivery option cancelled (CDO cancelled)", IN_TRANSIT, null)
		.code("DD", "Delivery delay", IN_TRANSIT, "IN_TRANSIT_DELAYED")
		.code("DY", "Delay", IN_TRANSIT, "IN_TRANSIT_DELAYED")
		// Customs
		.code("CP", "Clearance in progress", IN_TRANSIT, "IN_TRANSIT_CUSTOMS_STARTED")
		.code("CC", "Cleared customs", IN_TRANSIT, "IN_TRANSIT_CUSTOMS_CLEARED")
		.code("CD", "Clearance delay", EXCEPTION, "EXCEPTION_CUSTOMS_HOLD")
		// Other carriers
		.code("AC", "At Canada Post facility", IN_TRANSIT, "IN_TRANSIT_HANDED_OVER")
		.code("AX", "At USPS facility", IN_TRANSIT, "IN_TRANSIT_HANDED_OVER")
		.code("OX", "Shipment information sent to USPS", IN_TRANSIT, "IN_TRANSIT_HANDED_OVER")
		// Last mile
		.code("ED", "Enroute to delivery", OUT_FOR_DELIVERY, null)
		.code("OD", "On FedEx vehicle for delivery", OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("HL", "Hold at location: ready for recipient pickup at a FedEx location", AVAILABLE_FOR_PICKUP,
				"AVAILABLE_FOR_PICKUP_PARCELSHOP")
		.code("HP", "Ready for recipient pickup", AVAILABLE_FOR_PICKUP, "AVAILABLE_FOR_PICKUP_PARCELSHOP")
		.code("DE", "Delivery exception: a delivery attempt failed", ATTEMPT_FAIL, null)
		.code("DL", "Delivered", DELIVERED, null)
		// Exceptions
		.code("SE", "Shipment exception", EXCEPTION, null)
		.code("CA", "Shipment cancelled", EXCEPTION, "EXCEPTION_RETAILER_CANCELLED")
		.code("RS", "Return to shipper", EXCEPTION, "EXCEPTION_RETURNING_TO_SENDER")
		.otherwise(StatusMapping.of(IN_TRANSIT))
		.build();

	private FedexStatusCodes() {
	}

}
