package dev.doorstep.claim;

/**
 * How an approved claim is made good.
 */
public enum Resolution {

	/** Money back. */
	REFUND,
	/** The items are sent again. */
	RESHIP

}
