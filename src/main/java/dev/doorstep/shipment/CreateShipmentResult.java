package dev.doorstep.shipment;

/**
 * What reporting a fulfilment did: the same carrier and tracking number again is the same
 * parcel.
 */
public sealed interface CreateShipmentResult {

	Shipment shipment();

	/** A new parcel is being tracked. */
	record Created(Shipment shipment) implements CreateShipmentResult {
	}

	/** This shop already tracks this parcel. */
	record Existing(Shipment shipment) implements CreateShipmentResult {
	}

}
