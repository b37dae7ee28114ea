package dev.doorstep.shipment.push.seventeentrack;

import java.util.Map;

import dev.doorstep.shipment.push.SourceCarriers;

/**
 * 17TRACK numeric carrier keys ({@code data.carrier}) for the carriers Doorstep has
 * adapters for. Only keys confirmed in 17TRACK's carrier list are here; DPD, GLS and
 * Hermes have several keys per country in that list that could not be confirmed, so their
 * parcels arrive with {@code carrier = null} and are matched by tracking number.
 */
public final class SeventeenTrackCarriers {

	public static final SourceCarriers TABLE = SourceCarriers.of(Map.ofEntries(Map.entry("100001", "dhl"),
			Map.entry("7041", "dhl"), Map.entry("100002", "ups"), Map.entry("100003", "fedex"),
			Map.entry("21051", "usps"), Map.entry("14041", "postnl"), Map.entry("11031", "royal-mail")));

	private SeventeenTrackCarriers() {
	}

}
