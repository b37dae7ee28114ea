package dev.doorstep.shipment.carrier;

import dev.doorstep.shipment.CarrierCode;

/**
 * The pure half of a carrier adapter: one raw response body, as the carrier sends it, to
 * a normalized result. Needs no network, no credentials and no Spring, so the command
 * line finds every implementation through {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/dev.doorstep.shipment.carrier.CarrierParser}).
 */
public interface CarrierParser {

	CarrierCode carrier();

	/**
	 * Maps one body (a success or an error document).
	 * @throws MalformedResponseException when no version of the carrier's API would send
	 * this body (not JSON or XML, another shape)
	 */
	TrackingResult parse(String rawResponse);

}
