package dev.doorstep.claim.internal;

import java.time.Clock;
import java.time.Instant;

import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Eligibility;

import org.springframework.stereotype.Component;

/**
 * Delivered but not received: the carrier says delivered, the shopper says no; within the
 * shop's days after delivery. The shopper's signed declaration is required when filing,
 * since the carrier's scan says otherwise.
 */
@Component
class NotReceivedRule extends EligibilityRule {

	NotReceivedRule(Clock clock) {
		super(clock);
	}

	@Override
	public ClaimType type() {
		return ClaimType.NOT_RECEIVED;
	}

	@Override
	Eligibility decide(ClaimFacts facts, Instant now) {
		return afterDelivery(type(), facts, now, "claim.rule.not-received.within");
	}

}
