package dev.doorstep.returns;

/**
 * Why an item goes back, from a fixed taxonomy so that return reasons can be counted and
 * compared across shops. {@link #OTHER} takes the shopper's own words.
 */
public enum ReturnReason {

	TOO_SMALL, TOO_LARGE, NOT_AS_DESCRIBED, DAMAGED, WRONG_ITEM, CHANGED_MIND, ARRIVED_LATE, QUALITY, STYLE, OTHER;

	/**
	 * The shop's fault: such returns are always free, and final-sale or excluded items
	 * are taken back for them.
	 */
	public boolean shopsFault() {
		return this == DAMAGED || this == WRONG_ITEM;
	}

}
