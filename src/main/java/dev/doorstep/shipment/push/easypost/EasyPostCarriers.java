package dev.doorstep.shipment.push.easypost;

import java.util.Map;

import dev.doorstep.shipment.push.SourceCarriers;

/**
 * EasyPost carrier names as trackers report them in {@code result.carrier} (the carrier
 * account types, e.g. {@code USPS}, {@code DHLExpress}), for the carriers Doorstep has
 * adapters for. Names of other national branches (e.g. {@code DPDUK}) stay unmapped.
 */
public final class EasyPostCarriers {

	public static final SourceCarriers TABLE = SourceCarriers.of(Map.ofEntries(Map.entry("USPS", "usps"),
			Map.entry("UPS", "ups"), Map.entry("FedEx", "fedex"), Map.entry("DHLExpress", "dhl"),
			Map.entry("DHLPaket", "dhl"), Map.entry("DeutschePost", "deutsche-post"), Map.entry("DPD", "dpd"),
			Map.entry("GLS", "gls"), Map.entry("PostNL", "postnl"), Map.entry("RoyalMail", "royal-mail")));

	private EasyPostCarriers() {
	}

}
