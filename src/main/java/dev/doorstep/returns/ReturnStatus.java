package dev.doorstep.returns;

/**
 * Where a return stands. REQUESTED → APPROVED or REJECTED; APPROVED → IN_TRANSIT (the
 * return parcel was scanned) → RECEIVED (at the shop, inspected or not) → RESOLVED
 * (refund, store credit or exchange requested from the shop) → REFUNDED (the shop
 * confirmed the money went out). A return of kept items only goes from APPROVED to
 * RESOLVED.
 */
public enum ReturnStatus {

	REQUESTED, APPROVED, REJECTED, IN_TRANSIT, RECEIVED, RESOLVED, REFUNDED;

	/** Its items count as returned: they cannot be returned again. */
	public boolean holdsItems() {
		return this != REJECTED;
	}

	/** Not settled yet: the shop still has to act or the parcel is on its way. */
	public boolean inProgress() {
		return this == REQUESTED || this == APPROVED || this == IN_TRANSIT || this == RECEIVED;
	}

}
