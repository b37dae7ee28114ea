package dev.doorstep.notification;

/**
 * Where a message stands. Receipts from providers move a sent message on; the last four
 * are final without anything having been sent.
 */
public enum MessageStatus {

	/** Waiting for its time (a delay, the digest window, or the end of quiet hours). */
	SCHEDULED,
	/** Claimed by a sender right now. */
	SENDING,
	/** Handed to the provider (or the dev mailbox). */
	SENT, DELIVERED, OPENED, CLICKED,
	/** The provider refused it for good, or retries ran out. */
	FAILED,
	/** Hard bounce; the address is now suppressed. */
	BOUNCED,
	/** The recipient marked it as spam; the address is now suppressed. */
	COMPLAINED,
	/** Folded into a digest with other parcels of the same order. */
	MERGED,
	/** Not sent: the address is on the suppression list. */
	SUPPRESSED,
	/** Not sent: the shopper has not agreed to this channel or topic, or withdrew. */
	NO_CONSENT,
	/** Not sent: no address for the channel, the frequency cap, or a holdout group. */
	SKIPPED;

	public boolean sent() {
		return this == SENT || this == DELIVERED || this == OPENED || this == CLICKED || this == BOUNCED
				|| this == COMPLAINED;
	}

}
