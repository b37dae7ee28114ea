package dev.doorstep.shipment.carrier;

import org.jspecify.annotations.Nullable;

/**
 * A merchant's own access to a carrier API. What each part means is the adapter's
 * business: an API key alone (DHL, PostNL), OAuth client id and secret (UPS, FedEx, USPS,
 * Hermes), or user and password (GLS, DPD).
 *
 * @param key API key, client id or user name
 * @param secret client secret or password, when the carrier has one
 * @param account customer or account number, when the carrier wants one
 */
public record CarrierCredentials(String key, @Nullable String secret, @Nullable String account) {

	@Override
	public String toString() {
		// Never print secrets, not even in a debugger's log line.
		return "CarrierCredentials[key=" + mask(this.key) + ", secret=" + (this.secret == null ? "none" : "***") + "]";
	}

	private static String mask(String value) {
		return value.length() <= 4 ? "***" : value.substring(0, 2) + "***" + value.substring(value.length() - 2);
	}

}
