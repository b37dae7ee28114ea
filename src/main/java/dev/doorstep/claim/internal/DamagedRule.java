package dev.doorstep.claim.internal;

import java.time.Clock;
import java.time.Instant;

import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Eligibility;
import dev.doorstep.shipment.TrackingStatus;

import org.springframework.stereotype.Component;

/**
 * Damaged: within the shop's days after delivery, or at once when the carrier itself
 * reports the parcel damaged ({@code EXCEPTION_DAMAGED}). Photos are required when
 * filing.
 */
@Component
class DamagedRule extends EligibilityRule {

	DamagedRule(Clock clock) {
		super(clock);
	}

	@Override
	public ClaimType type() {
		return ClaimType.DAMAGED;
	}

	@Override
	Eligibility decide(ClaimFacts facts, Instant now) {
		if (facts.shipment().status() == TrackingStatus.EXCEPTION
				&& "EXCEPTION_DAMAGED".equals(facts.shipment().subStatus())) {
			return Eligibility.yes(type(), "claim.rule.damaged.carrier");
		}
		return afterDelivery(type(), facts, now, "claim.rule.damaged.within");
	}

}
