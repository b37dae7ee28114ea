package dev.doorstep.claim;

import java.util.List;

import dev.doorstep.runtime.FieldViolation;

/**
 * What became of a filed claim.
 */
public sealed interface FileResult {

	/** Stored (and approved at once when under the shop's limit). */
	record Filed(Claim claim) implements FileResult {
	}

	/** The rules do not allow this claim now; nothing was stored. */
	record NotEligible(Eligibility eligibility) implements FileResult {
	}

	/**
	 * The form is incomplete or a photo is refused; nothing was stored. Fields:
	 * {@code type}, {@code items}, {@code description}, {@code declaration},
	 * {@code photos}, {@code resolution}.
	 */
	record Invalid(List<FieldViolation> violations) implements FileResult {
	}

}
