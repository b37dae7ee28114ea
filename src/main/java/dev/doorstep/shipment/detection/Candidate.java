package dev.doorstep.shipment.detection;

import dev.doorstep.shipment.CarrierCode;
import org.jspecify.annotations.Nullable;

/**
 * One carrier a tracking number may belong to.
 *
 * @param courierName the courier as the format data names it
 * @param formatName the tracking number format that matched
 * @param carrier Doorstep's code for that courier, {@code null} when Doorstep has none
 * @param checksumValid whether a check digit was verified; {@code false} for formats
 * without a public check digit, which match on shape alone
 * @param confidence between 0 and 1, higher for verified check digits and long fixed
 * prefixes
 */
public record Candidate(String courierName, String formatName, @Nullable CarrierCode carrier, boolean checksumValid,
		double confidence) {
}
