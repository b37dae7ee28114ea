package dev.doorstep.claim;

/**
 * Who is covered.
 */
public enum ClaimMode {

	/**
	 * A delivery guarantee the merchant funds for every order: no fee for the shopper (no
	 * shopper-paid "protection" add-on).
	 */
	GUARANTEE,
	/**
	 * Only orders the shop flagged as protected at checkout ({@code protection: true}).
	 */
	PROTECTION

}
