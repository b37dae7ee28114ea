package dev.doorstep.support;

/** The FAQ's groups, in the order pages show them. */
public enum FaqTopic {

	DELIVERY, RETURNS, PAYMENT, CLAIMS

}
