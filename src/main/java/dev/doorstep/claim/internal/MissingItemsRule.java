package dev.doorstep.claim.internal;

import java.time.Clock;
import java.time.Instant;

import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Eligibility;

import org.springframework.stereotype.Component;

/**
 * Items missing: within the shop's days after delivery; only a delivered parcel can be
 * opened and found short. Photos are required when filing.
 */
@Component
class MissingItemsRule extends EligibilityRule {

	MissingItemsRule(Clock clock) {
		super(clock);
	}

	@Override
	public ClaimType type() {
		return ClaimType.MISSING_ITEMS;
	}

	@Override
	Eligibility decide(ClaimFacts facts, Instant now) {
		return afterDelivery(type(), facts, now, "claim.rule.missing-items.within");
	}

}
