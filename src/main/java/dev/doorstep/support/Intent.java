package dev.doorstep.support;

/**
 * What a shopper wants, as the intent model tells it apart. The training phrases per
 * intent and language are in {@code support/phrases/<language>.txt}.
 */
public enum Intent {

	/** "Where is my parcel?" */
	WHERE_IS_IT,
	/** "When will it arrive?" */
	WHEN_ARRIVES,
	/** "It says delivered but I don't have it." */
	DELIVERED_NOT_RECEIVED,
	/** "The parcel arrived damaged." */
	DAMAGED,
	/** "Can I change the address or the delivery day?" */
	CHANGE_DELIVERY,
	/** "Where do I collect it, until when?" */
	PICKUP_POINT,
	/** "How do I send something back?" / "What about my return?" */
	RETURN,
	/** "Where is my money?" */
	REFUND,
	/** "Cancel my order." */
	CANCEL,
	/** "I want to talk to a person." */
	HUMAN,
	/** "Hello." */
	GREETING,
	/** "Thanks!" */
	THANKS,
	/** Anything else: payment, vouchers, sizes. Answered from the FAQ. */
	OTHER

}
