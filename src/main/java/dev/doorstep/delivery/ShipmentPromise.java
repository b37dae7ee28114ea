package dev.doorstep.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A parcel's delivery promise: the current window, how it came to be, and how it ended.
 *
 * @param current the latest prediction
 * @param first the first prediction (at shipment creation, or the first one Doorstep
 * made)
 * @param history every distinct prediction, oldest first
 * @param carrierEstimate the carrier's own estimated delivery day, if it gave one
 * @param promisedDate the day the shop promised the shopper, if any
 * @param deliveredOn the actual delivery day in the shop's time zone, once delivered
 * @param onTime whether the delivery kept the promise (the shop's, else the first
 * window's latest day); {@code null} until delivered
 * @param delay the latest delay warning while the parcel is on its way, else {@code null}
 */
public record ShipmentPromise(Prediction current, Prediction first, List<Prediction> history,
		@Nullable LocalDate carrierEstimate, @Nullable LocalDate promisedDate, @Nullable LocalDate deliveredOn,
		@Nullable Boolean onTime, @Nullable Delay delay) {

	/** One stored prediction. */
	public record Prediction(DeliveryWindow window, PredictionBasis basis, Instant computedAt) {
	}

	/**
	 * Why the parcel is running late.
	 *
	 * @param stage where it sits, if known
	 */
	public record Delay(DelayReason reason, int daysWithoutScan, int usualDays, @Nullable String stage,
			Instant predictedAt) {
	}

}
