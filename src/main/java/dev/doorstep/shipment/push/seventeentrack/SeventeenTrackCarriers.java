package dev.doorstep.shipment.push.seventeentrack;

import java.util.Map;

import dev.doorstep.shipment.push.SourceCarriers;

/**
 * 17TRACK numeric carrier keys ({@code data.carrier}) for the carriers Doorstep has
 * adapters for. Keys from 17TRACK's carrier list
 * (https://res.17track.net/asset/carrier/info/apicarrier.all.json), each cross-checked
 * against at least two independent 17TRACK integrations: 100001 DHL Express, 7041 DHL
 * Paket, 100002 UPS, 100003 FedEx, 21051 USPS, 14041 PostNL, 11031 Royal Mail, 100007 DPD
 * (Germany), 100005 GLS. Hermes Germany and Deutsche Post (letters) could not be
 * confirmed; their parcels arrive with {@code carrier = null} and are matched by tracking
 * number. Other national branches (100010 DPD UK, 100024 GLS Italy, 100331 Evri) are
 * deliberately absent: Doorstep's adapters would poll the wrong network.
 */
public final class SeventeenTrackCarriers {

	public static final SourceCarriers TABLE = SourceCarriers
		.of(Map.ofEntries(Map.entry("100001", "dhl"), Map.entry("7041", "dhl"), Map.entry("100002", "ups"),
				Map.entry("100003", "fedex"), Map.entry("21051", "usps"), Map.entry("14041", "postnl"),
				Map.entry("11031", "royal-mail"), Map.entry("100007", "dpd"), Map.entry("100005", "gls")));

	private SeventeenTrackCarriers() {
	}

}
