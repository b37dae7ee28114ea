package dev.doorstep.claim;

import java.util.List;

/**
 * Whether a claim of one type may be filed for a parcel now, and the rule that decided,
 * as a message key the shopper reads ({@code claim.rule.*}) with its arguments.
 */
public record Eligibility(ClaimType type, boolean eligible, String reason, List<String> args) {

	public static Eligibility yes(ClaimType type, String reason, String... args) {
		return new Eligibility(type, true, reason, List.of(args));
	}

	public static Eligibility no(ClaimType type, String reason, String... args) {
		return new Eligibility(type, false, reason, List.of(args));
	}

}
