package dev.doorstep.delivery.model;

import org.jspecify.annotations.Nullable;

/**
 * The route a parcel takes as the model sees it. Postcodes are kept whole here; the model
 * decides how many leading characters a lane level uses.
 *
 * @param carrier carrier code, e.g. {@code dhl}
 * @param service the carrier's product, when known (e.g. {@code express})
 * @param originCountry ISO 3166-1 alpha-2 of the hand-over point
 * @param destinationCountry ISO 3166-1 alpha-2 of the recipient
 */
public record Lane(String carrier, @Nullable String service, String originCountry, @Nullable String originPostcode,
		String destinationCountry, @Nullable String destinationPostcode) {
}
