package dev.doorstep.claim;

import java.util.UUID;

/**
 * A claim's id.
 */
public record ClaimId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
