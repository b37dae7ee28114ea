package dev.doorstep.claim;

/**
 * What became of a merchant's approve, reject or resolve.
 */
public sealed interface Decision {

	/** Done; the claim as it is now. */
	record Done(Claim claim) implements Decision {
	}

	/** Not possible from the claim's current status; nothing changed. */
	record WrongStatus(Claim claim, String detail) implements Decision {
	}

}
