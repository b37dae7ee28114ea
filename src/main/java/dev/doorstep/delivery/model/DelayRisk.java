package dev.doorstep.delivery.model;

import dev.doorstep.delivery.DeliveryPrediction;
import org.jspecify.annotations.Nullable;

/**
 * The parcel will probably miss its promised day, and why, in terms a shopper
 * understands.
 *
 * @param missProbability the model's probability of delivery after the promised day (0–1)
 * @param reason which rule saw it
 * @param daysWithoutScan business days since the last scan (for {@link Reason#NO_SCAN})
 * @param usualDays the lane's usual dwell at this stage in business days (for
 * {@link Reason#NO_SCAN})
 * @param stage where the parcel sits, as the last scan says (e.g. "sorting centre"), if
 * known
 * @param prediction the new window after taking the delay into account
 */
public record DelayRisk(double missProbability, Reason reason, int daysWithoutScan, int usualDays,
		@Nullable String stage, DeliveryPrediction prediction) {

	public enum Reason {

		/** The predicted window moved past the promised day. */
		WINDOW_PAST_PROMISE,
		/** No scan for longer than the lane's usual dwell at this stage. */
		NO_SCAN

	}

}
