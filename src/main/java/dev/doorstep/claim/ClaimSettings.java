package dev.doorstep.claim;

import java.math.BigDecimal;

/**
 * A shop's claim rules. Defaults ({@link #DEFAULTS}): guarantee for every order, lost
 * after 7 days without a scan, damage, missing items and non-receipt reported within 14
 * days of delivery, refund, no automatic approval.
 *
 * @param mode guarantee for every order or protection for flagged orders only
 * @param lostAfterDays days without a carrier scan after which a parcel may be reported
 * lost (1 to 90)
 * @param reportWithinDays days after delivery within which damage, missing items or
 * non-receipt may be reported (1 to 365)
 * @param resolution what the shop offers
 * @param autoApproveLimit claims worth at most this much (order currency) are approved on
 * filing; 0 approves none automatically
 */
public record ClaimSettings(ClaimMode mode, int lostAfterDays, int reportWithinDays, ResolutionPolicy resolution,
		BigDecimal autoApproveLimit) {

	public static final ClaimSettings DEFAULTS = new ClaimSettings(ClaimMode.GUARANTEE, 7, 14, ResolutionPolicy.REFUND,
			BigDecimal.ZERO);

	/** Whether a claim of this value is approved on filing. */
	public boolean autoApproves(BigDecimal value) {
		return this.autoApproveLimit.signum() > 0 && value.compareTo(this.autoApproveLimit) <= 0;
	}

}
