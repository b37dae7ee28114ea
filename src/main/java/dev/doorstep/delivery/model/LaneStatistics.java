package dev.doorstep.delivery.model;

/**
 * What the model knows about one lane level, for the console's carrier and lane table.
 *
 * @param level the lane level's label, e.g. {@code "dhl/DE-10→DE-80"}
 * @param deliveries delivered parcels counted
 * @param medianBusinessDays median transit in business days
 * @param p90BusinessDays 90th percentile transit in business days
 */
public record LaneStatistics(String carrier, String level, int deliveries, double medianBusinessDays,
		double p90BusinessDays) {
}
