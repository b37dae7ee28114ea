package dev.doorstep.delivery;

import org.jspecify.annotations.Nullable;

/**
 * Where a prediction came from, so a merchant (and the tracking page) can say why.
 *
 * @param source what the window was derived from
 * @param laneLevel the lane granularity the history matched at, e.g.
 * {@code "dhl/DE-10→DE-80"} or {@code "dhl/DE→AT"}; {@code null} when no history was
 * used, except {@code "global default"} with {@link Source#SHOP_DEFAULT} when the shop
 * had no default either and the model's own assumption was used
 * @param sampleSize delivered parcels behind the figure (0 when no history was used)
 */
public record PredictionBasis(Source source, @Nullable String laneLevel, int sampleSize) {

	/** Ordered from most to least specific. */
	public enum Source {

		/**
		 * The parcel's current tracking status decided it (e.g. out for delivery →
		 * today).
		 */
		TRACKING_STATUS,
		/** Transit times of this shop's own delivered parcels. */
		SHOP_HISTORY,
		/**
		 * Transit times of every shop on this installation (the shop's own were too few).
		 */
		INSTALLATION_HISTORY,
		/** The carrier's own estimate. */
		CARRIER_ESTIMATE,
		/** The shop's configured default transit time for the carrier and country. */
		SHOP_DEFAULT,
		/** The parcel was delivered; the window is the actual day. */
		DELIVERED

	}

}
