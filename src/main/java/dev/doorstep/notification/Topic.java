package dev.doorstep.notification;

/**
 * Why a message is sent: consent is asked and withdrawn per topic.
 */
public enum Topic {

	/** About the shopper's own order: confirmations, tracking, returns, claims. */
	TRANSACTIONAL,
	/**
	 * Everything that promotes the shop, including review requests (German courts treat
	 * them as advertising).
	 */
	MARKETING

}
