package dev.doorstep.delivery;

import java.util.List;

/**
 * What a shop's delivered parcels say per carrier and lane, for the console.
 *
 * @param carriers one row per carrier, most deliveries first
 * @param lanes the lane levels with enough samples to predict from, most deliveries first
 */
public record LaneOverview(List<CarrierRow> carriers, List<LaneRow> lanes) {

	/**
	 * One carrier.
	 *
	 * @param withPromise deliveries that had a promised day (the shop's, else the first
	 * window's latest day)
	 * @param onTime deliveries on or before that day
	 */
	public record CarrierRow(String carrier, int deliveries, int withPromise, int onTime) {

		/** Share of promises kept, or {@code null} when nothing was promised. */
		public Double onTimeRate() {
			return this.withPromise == 0 ? null : (double) this.onTime / this.withPromise;
		}

	}

	/**
	 * One lane level, e.g. {@code dhl/DE-10→DE-80}, with its transit in business days.
	 */
	public record LaneRow(String carrier, String level, int deliveries, double medianBusinessDays,
			double p90BusinessDays) {
	}

}
