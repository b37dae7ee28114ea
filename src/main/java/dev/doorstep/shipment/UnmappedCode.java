package dev.doorstep.shipment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A carrier code no mapping table knew, as this shop's parcels met it.
 *
 * @param sampleText the carrier's text of the latest event with this code
 * @param mappedTo the status (and sub-status) the code's family gave it meanwhile
 * @param occurrences events with this code stored so far
 */
public record UnmappedCode(CarrierCode carrier, String code, @Nullable String sampleText, String mappedTo,
		long occurrences, Instant firstSeen, Instant lastSeen) {
}
