package dev.doorstep.shipment.detection;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What detection says of one tracking number, as the API and the command line print it.
 *
 * @param trackingNumber the number as matched: whitespace removed, upper case
 * @param candidates ranked, best first; empty when no known format matches
 */
public record DetectionReport(String trackingNumber, List<Entry> candidates) {

	/** {@code carrier} is null when Doorstep has no code for the courier. */
	public record Entry(@Nullable String carrier, String courier, String format, boolean checksumValid,
			double confidence) {

		static Entry of(Candidate candidate) {
			return new Entry(candidate.carrier() == null ? null : candidate.carrier().value(), candidate.courierName(),
					candidate.formatName(), candidate.checksumValid(), candidate.confidence());
		}

	}

}
