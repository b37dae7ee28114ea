package dev.doorstep.shipment.carrier.deutschepost;

import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.dhl.DhlStatusCodes;

/**
 * Deutsche Post's codes: the Unified API sends {@code post-de} items with the same five
 * {@code statusCode} values as every DHL service, so the table is DHL's.
 */
public final class DeutschePostStatusCodes {

	public static final StatusCodeTable TABLE = DhlStatusCodes.TABLE;

	private DeutschePostStatusCodes() {
	}

}
