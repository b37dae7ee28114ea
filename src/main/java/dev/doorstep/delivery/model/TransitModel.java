package dev.doorstep.delivery.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.doorstep.delivery.DeliveryPrediction;

/**
 * Transit-time distributions per lane, counted in business days (public holidays of each
 * country, the carrier's delivery days), and the predictions drawn from them. Pure: no
 * database, no clock of its own ({@link PredictionRequest#now()} is the time). Learning
 * and predicting may run concurrently.
 */
public interface TransitModel {

	/** Learns one delivered parcel (incremental retraining). */
	void learn(TransitSample sample);

	/**
	 * A window for the request: from history at the most specific lane level with enough
	 * samples, else the fallback model's history, else the carrier's estimate, else the
	 * shop default; conditioned on the current status and the time already spent.
	 */
	DeliveryPrediction predict(PredictionRequest request);

	/**
	 * A delay warning when the chance of missing {@code promised} passes
	 * {@code threshold}.
	 */
	Optional<DelayRisk> delayRisk(PredictionRequest request, LocalDate promised, double threshold);

	/** Lane levels with enough samples to be used, most deliveries first. */
	List<LaneStatistics> lanes();

}
