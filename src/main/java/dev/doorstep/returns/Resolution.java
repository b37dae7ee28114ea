package dev.doorstep.returns;

/** What the shopper gets for a returned item. */
public enum Resolution {

	/** Money back to the original payment. */
	REFUND,
	/** Credit for the next order, with the shop's bonus on top. */
	STORE_CREDIT,
	/** Another variant of the same product; the price difference is settled. */
	EXCHANGE,
	/**
	 * Money back without sending the item: for items worth less than the return costs.
	 */
	KEEP_ITEM

}
