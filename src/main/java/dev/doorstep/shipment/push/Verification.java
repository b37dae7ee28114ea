package dev.doorstep.shipment.push;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

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

	/**
	 * Compares the signature a header carries with the one computed from the request, in
	 * constant time; a missing or blank header is a rejection of its own.
	 * @param expected computed only when the header is present
	 */
	static Verification ofHeader(String headerName, @Nullable String received, Supplier<String> expected) {
		if (received == null || received.isBlank()) {
			return rejected("missing " + headerName + " header");
		}
		return Signatures.same(expected.get(), received.strip()) ? verified()
				: rejected(headerName + " does not match the request");
	}

}
