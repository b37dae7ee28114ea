package dev.doorstep.delivery;

/**
 * Why a parcel is expected to be late, for texts in the shopper's language.
 */
public enum DelayReason {

	/** The predicted window moved past the promised day. */
	WINDOW_PAST_PROMISE,
	/** No scan for longer than the lane's usual dwell at this stage. */
	NO_SCAN

}
