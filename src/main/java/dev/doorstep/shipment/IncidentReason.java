package dev.doorstep.shipment;

/**
 * Who caused a problem, kept apart from the status: a failed attempt because nobody was
 * home is the recipient's, a damaged parcel the carrier's. Drives who gets told and who
 * pays.
 */
public enum IncidentReason {

	CARRIER, RECIPIENT, CUSTOMS, WEATHER, RETAILER, OTHER

}
