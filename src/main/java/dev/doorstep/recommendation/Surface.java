package dev.doorstep.recommendation;

/** Where a shopper saw a recommended product before clicking it. */
public enum Surface {

	TRACKING_PAGE, EMAIL, THANK_YOU

}
