package dev.doorstep.shipment.carrier.dpd;

import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.StatusMapping;

/**
 * The {@code StatusInfo.status} enumeration of ParcelLifeCycleService 2.0, with the
 * English labels DPD sends for {@code messageLanguage en_US}. The enumeration is closed
 * in the WSDL, so an unknown value can only come from a newer service version; it is kept
 * as in transit.
 */
public final class DpdStatusCodes {

	public static final StatusCodeTable TABLE = StatusCodeTable.builder()
		.code("SHIPMENT", "Shipment information (data of the shipment, sent as shipmentInfo)",
				TrackingStatus.INFO_RECEIVED, "INFO_RECEIVED_LABEL_CREATED")
		.code("ACCEPTED", "Parcel handed to DPD", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("AT_SENDING_DEPOT", "In transit: the parcel is at the parcel dispatch centre", TrackingStatus.IN_TRANSIT,
				"IN_TRANSIT_ARRIVED_AT_HUB")
		.code("ON_THE_ROAD", "In transit: the parcel is on its way between depots", TrackingStatus.IN_TRANSIT,
				"IN_TRANSIT_DEPARTED_HUB")
		.code("AT_DELIVERY_DEPOT", "At parcel delivery centre", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB")
		.code("DELIVERED", "Delivered", TrackingStatus.DELIVERED, null)
		.otherwise(StatusMapping.of(TrackingStatus.IN_TRANSIT))
		.build();

	private DpdStatusCodes() {
	}

}
