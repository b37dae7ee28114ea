package dev.doorstep.claim;

/**
 * Where a claim stands: filed, then approved or rejected, an approved one resolved.
 */
public enum ClaimStatus {

	FILED, APPROVED, REJECTED, RESOLVED;

	/** Filed or approved: the merchant still owes an answer or a resolution. */
	public boolean isOpen() {
		return this == FILED || this == APPROVED;
	}

}
