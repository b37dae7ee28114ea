package dev.doorstep.shipment.push;

/**
 * Whether a push really comes from its source. A rejection answers 401 and stores
 * nothing.
 */
public sealed interface Verification {

	record Verified() implements Verification {
	}

	/**
	 * @param reason for the log and the problem detail; never echoes the secret
	 */
	record Rejected(String reason) implements Verification {
	}

	static Verification verified() {
		return new Verified();
	}

	static Verification rejected(String reason) {
		return new Rejected(reason);
	}

}
