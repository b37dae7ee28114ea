package dev.doorstep.delivery;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A parcel delivered before Doorstep tracked it (an import, or the demo's history): what
 * the shop's model learns from, like a delivery it saw itself.
 *
 * @param reference the caller's key for the parcel; importing the same reference again
 * changes nothing
 * @param carrier carrier code, e.g. {@code dhl}
 * @param originCountry ISO 3166-1 alpha-2 of the hand-over point
 * @param destinationCountry ISO 3166-1 alpha-2 of the recipient
 * @param promisedDate the day promised to the shopper, if any
 */
public record PastDelivery(String reference, String carrier, @Nullable String service, String originCountry,
		@Nullable String originPostcode, String destinationCountry, @Nullable String destinationPostcode,
		Instant handedOverAt, Instant deliveredAt, @Nullable LocalDate promisedDate) {
}
