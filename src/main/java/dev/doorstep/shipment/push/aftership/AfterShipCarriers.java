package dev.doorstep.shipment.push.aftership;

import java.util.Map;

import dev.doorstep.shipment.push.SourceCarriers;

/**
 * AfterShip courier slugs ({@code msg.slug}, see the couriers list at
 * https://www.aftership.com/docs/tracking/others/supported-couriers) for the carriers
 * Doorstep has adapters for. Country-specific slugs of other networks (e.g.
 * {@code gls-italy}, {@code dpd-uk}, {@code hermes} = Evri UK) are deliberately absent:
 * Doorstep's adapters would poll the wrong network with them.
 */
public final class AfterShipCarriers {

	public static final SourceCarriers TABLE = SourceCarriers.of(Map.ofEntries(Map.entry("dhl", "dhl"),
			Map.entry("dhl-germany", "dhl"), Map.entry("deutsch-post", "deutsche-post"), Map.entry("dpd", "dpd"),
			Map.entry("dpd-de", "dpd"), Map.entry("gls", "gls"), Map.entry("hermes-de", "hermes"),
			Map.entry("ups", "ups"), Map.entry("fedex", "fedex"), Map.entry("usps", "usps"),
			Map.entry("postnl", "postnl"), Map.entry("postnl-international", "postnl"),
			Map.entry("postnl-3s", "postnl"), Map.entry("royal-mail", "royal-mail")));

	private AfterShipCarriers() {
	}

}
