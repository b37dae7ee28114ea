package dev.doorstep.support;

/** Where a question came from; the phone line reads answers aloud, so it gets no HTML. */
public enum Channel {

	/** The question box on the tracking, look-up or help page. */
	WEB,
	/** {@code /api/v1/support/answer}: the shop's own bot or helpdesk. */
	API,
	/** A phone call. */
	PHONE

}
