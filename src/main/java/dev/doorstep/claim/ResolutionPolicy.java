package dev.doorstep.claim;

/**
 * Which resolution a shop offers.
 */
public enum ResolutionPolicy {

	REFUND, RESHIP,
	/**
	 * The shopper picks refund or reship when filing; the merchant decides in the end.
	 */
	SHOPPER_CHOICE

}
