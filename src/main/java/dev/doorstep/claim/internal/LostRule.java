package dev.doorstep.claim.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Eligibility;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.TrackingStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Lost: the carrier says so (status {@code EXCEPTION}, sub status {@code EXCEPTION_LOST},
 * which every carrier mapping uses for lost, missing and destroyed), or the parcel has
 * had no scan for the shop's number of days. A delivered parcel is not lost (that is "not
 * received"), and one on its way back to the shop is not either.
 */
@Component
class LostRule extends EligibilityRule {

	static final String CARRIER_LOST = "EXCEPTION_LOST";

	private static final Set<String> RETURNING = Set.of("EXCEPTION_RETURNING_TO_SENDER",
			"EXCEPTION_RETURNED_TO_SENDER");

	LostRule(Clock clock) {
		super(clock);
	}

	@Override
	public ClaimType type() {
		return ClaimType.LOST;
	}

	@Override
	Eligibility decide(ClaimFacts facts, Instant now) {
		Shipment shipment = facts.shipment();
		if (shipment.delivered()) {
			return Eligibility.no(type(), "claim.rule.lost.delivered");
		}
		if (shipment.status() == TrackingStatus.EXCEPTION && CARRIER_LOST.equals(shipment.subStatus())) {
			return Eligibility.yes(type(), "claim.rule.lost.carrier");
		}
		if (shipment.status() == TrackingStatus.EXCEPTION && RETURNING.contains(shipment.subStatus())) {
			return Eligibility.no(type(), "claim.rule.lost.returning");
		}
		@Nullable Instant lastScan = (shipment.lastEventAt() != null) ? shipment.lastEventAt() : shipment.shippedAt();
		if (lastScan == null) {
			return Eligibility.no(type(), "claim.rule.lost.not-shipped");
		}
		int days = facts.settings().lostAfterDays();
		Instant from = lastScan.plus(Duration.ofDays(days));
		if (now.isBefore(from)) {
			return Eligibility.no(type(), "claim.rule.lost.wait", String.valueOf(days), day(from, facts));
		}
		return Eligibility.yes(type(), "claim.rule.lost.no-scan", String.valueOf(days), day(lastScan, facts));
	}

}
