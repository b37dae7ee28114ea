package dev.doorstep.claim;

/**
 * What went wrong with a parcel, as the shopper reports it.
 */
public enum ClaimType {

	/** The parcel never arrived: the carrier says lost, or it has not moved for days. */
	LOST,
	/** It arrived damaged. Photos required. */
	DAMAGED,
	/** It arrived, but items are missing. Photos required. */
	MISSING_ITEMS,
	/**
	 * The carrier says delivered, the shopper has not received it. A declaration
	 * required.
	 */
	NOT_RECEIVED;

	/** The key of its texts ({@code claim.type.lost}, ...). */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** Whether the shopper must add photos. */
	public boolean needsPhotos() {
		return this == DAMAGED || this == MISSING_ITEMS;
	}

	/** Whether the shopper names the affected items (else the whole parcel is meant). */
	public boolean needsItems() {
		return this == DAMAGED || this == MISSING_ITEMS;
	}

	/** Whether the shopper must sign a declaration. */
	public boolean needsDeclaration() {
		return this == NOT_RECEIVED;
	}

}
