package dev.doorstep.delivery.internal;

import java.time.Duration;

import dev.doorstep.delivery.model.ModelSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The delivery module's settings (the per-shop ones live in {@code delivery_settings}).
 *
 * @param scanCheckInterval how often parcels on their way are checked for "no scan for
 * longer than usual" (silence publishes no event, so only this check sees it); default 30
 * minutes
 * @param rebuildInterval how often every model is rebuilt from the stored samples (they
 * also learn each delivery as it comes); default 24 hours
 * @param history how far back delivered parcels are learned from; default 400 days
 * @param minSamples deliveries a lane level needs before its history is used; default 30
 * @param minSamplesPerWeekday deliveries one weekday of hand-over needs for its own
 * distribution; default 60
 * @param halfLife a delivery this much older than the lane's newest counts half
 * ({@code 0}: no decay); default 90 days
 */
@ConfigurationProperties("doorstep.delivery")
record DeliveryProperties(@DefaultValue("30m") Duration scanCheckInterval,
		@DefaultValue("24h") Duration rebuildInterval, @DefaultValue("400d") Duration history,
		@DefaultValue("30") int minSamples, @DefaultValue("60") int minSamplesPerWeekday,
		@DefaultValue("90d") Duration halfLife) {

	/** The model's settings for a shop that wants windows of {@code coverage}. */
	ModelSettings modelSettings(double coverage) {
		return ModelSettings.defaults()
			.withCoverage(coverage)
			.withMinSamples(this.minSamples, this.minSamplesPerWeekday)
			.withHalfLife(this.halfLife);
	}

}
