package dev.doorstep.delivery;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A hypothetical parcel, for a product page or checkout: "if ordered now, when would it
 * arrive?".
 *
 * @param carrier carrier code, e.g. {@code dhl}
 * @param originCountry where it would leave from; {@code null}: the shop's configured
 * origin
 * @param orderedAt when it would be ordered; {@code null}: now
 */
public record PromiseQuery(String carrier, @Nullable String service, @Nullable String originCountry,
		@Nullable String originPostcode, String destinationCountry, @Nullable String destinationPostcode,
		@Nullable Instant orderedAt) {
}
