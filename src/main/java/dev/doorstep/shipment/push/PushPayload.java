package dev.doorstep.shipment.push;

import java.util.List;

/**
 * What one webhook call carries.
 *
 * @param deliveryId the source's id of this delivery (event id), so a resent delivery is
 * recognized; sources without one use a hash of the body
 * @param trackings the parcels it reports on; empty for pings and tests the sources send
 */
public record PushPayload(String deliveryId, List<PushedTracking> trackings) {

	public PushPayload {
		trackings = List.copyOf(trackings);
	}

}
