package dev.doorstep.claim.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import dev.doorstep.claim.ClaimMode;
import dev.doorstep.claim.ClaimStatus;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Eligibility;
import dev.doorstep.order.OrderStatus;
import org.jspecify.annotations.Nullable;

/**
 * The rule for one claim type: pure, only the facts and the clock decide, and every
 * answer names the rule in words the shopper reads ({@code claim.rule.*} in
 * {@code messages/claim*.properties}). The checks every type shares come first, then
 * {@link #decide}.
 */
public abstract class EligibilityRule {

	private final Clock clock;

	EligibilityRule(Clock clock) {
		this.clock = clock;
	}

	public abstract ClaimType type();

	/** The type's own rule, once the shared checks passed. */
	abstract Eligibility decide(ClaimFacts facts, Instant now);

	public final Eligibility evaluate(ClaimFacts facts) {
		ClaimType type = type();
		if (facts.order().status() == OrderStatus.CANCELLED) {
			return Eligibility.no(type, "claim.rule.cancelled");
		}
		if (facts.settings().mode() == ClaimMode.PROTECTION && !facts.order().protection()) {
			return Eligibility.no(type, "claim.rule.not-protected");
		}
		for (var claim : facts.claims()) {
			if (claim.type() == type && claim.status().isOpen()) {
				return Eligibility.no(type, "claim.rule.already-open", claim.number());
			}
			// One compensation per parcel and problem; a rejected claim may be filed
			// again
			// with better evidence.
			if (claim.type() == type && claim.status() == ClaimStatus.RESOLVED) {
				return Eligibility.no(type, "claim.rule.already-resolved", claim.number());
			}
		}
		return decide(facts, this.clock.instant());
	}

	/** A date as the shopper reads it: the shop's calendar day, ISO in the arguments. */
	static String day(Instant instant, ClaimFacts facts) {
		return LocalDate.ofInstant(instant, facts.zone()).toString();
	}

	/**
	 * The window after delivery that damage, missing items and non-receipt share:
	 * delivered, and no more than the shop's days ago.
	 */
	static Eligibility afterDelivery(ClaimType type, ClaimFacts facts, Instant now, String withinKey) {
		@Nullable Instant delivered = facts.shipment().deliveredAt();
		if (!facts.shipment().delivered() || delivered == null) {
			return Eligibility.no(type, "claim.rule.not-delivered");
		}
		int days = facts.settings().reportWithinDays();
		Instant deadline = delivered.plus(java.time.Duration.ofDays(days));
		if (now.isAfter(deadline)) {
			return Eligibility.no(type, "claim.rule.too-late", String.valueOf(days), day(deadline, facts));
		}
		return Eligibility.yes(type, withinKey, String.valueOf(days), day(deadline, facts));
	}

}
