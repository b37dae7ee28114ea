package dev.doorstep.returns;

/** How the parcel gets back to the shop. */
public enum ReturnMethod {

	/** Label-less: the shopper shows a QR code at a carrier's drop-off point. */
	QR_DROP_OFF,
	/** The shopper prints the PDF label and hands the parcel to the carrier. */
	PRINTED_LABEL,
	/** The shopper brings the items to one of the shop's stores and shows the QR code. */
	STORE_DROP_OFF,
	/** The carrier collects the parcel at the shopper's door. */
	HOME_PICKUP;

	/** Goes with a carrier, so a return parcel can be tracked. */
	public boolean byCarrier() {
		return this != STORE_DROP_OFF;
	}

}
