package dev.doorstep.shipment.carrier;

import org.jspecify.annotations.Nullable;

/**
 * What an adapter needs to ask about one parcel.
 *
 * @param postcode recipient postcode; some carriers (DHL, PostNL) return more detail with
 * it
 * @param country recipient country, ISO 3166-1 alpha-2
 * @param credentials the shop's own contract with the carrier, or {@code null} to use the
 * instance-wide credentials from the adapter's properties
 */
public record TrackingQuery(String trackingNumber, @Nullable String postcode, @Nullable String country,
		@Nullable CarrierCredentials credentials) {

	public static TrackingQuery of(String trackingNumber) {
		return new TrackingQuery(trackingNumber, null, null, null);
	}

}
