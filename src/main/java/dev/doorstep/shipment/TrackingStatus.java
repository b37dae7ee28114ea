package dev.doorstep.shipment;

/**
 * The normalized tracking status, the same nine tags AfterShip publishes. Carriers' own
 * codes are mapped to these at the adapter edge and never seen elsewhere (ADR 0002).
 */
public enum TrackingStatus {

	/** Known to Doorstep, no carrier information yet. */
	PENDING(0),
	/** The carrier has the shipment data (label printed) but not the parcel. */
	INFO_RECEIVED(1),
	/** On its way. */
	IN_TRANSIT(2),
	/** Ready to be collected at a parcel shop, locker or post office. */
	AVAILABLE_FOR_PICKUP(3),
	/** On the vehicle for delivery today. */
	OUT_FOR_DELIVERY(3),
	/** A delivery attempt failed; the carrier will retry or redirect. */
	ATTEMPT_FAIL(4),
	/** Something went wrong: damage, loss, return to sender, customs hold. */
	EXCEPTION(5),
	/** Delivered to the recipient, a neighbour, a safe place or collected. */
	DELIVERED(6),
	/** No news for too long; tracking stopped. */
	EXPIRED(7);

	private final int rank;

	TrackingStatus(int rank) {
		this.rank = rank;
	}

	/**
	 * Orders statuses that share a timestamp the way a parcel moves, so ties resolve the
	 * same on every replay.
	 */
	public int rank() {
		return this.rank;
	}

	public boolean isTerminal() {
		return this == DELIVERED || this == EXPIRED;
	}

}
