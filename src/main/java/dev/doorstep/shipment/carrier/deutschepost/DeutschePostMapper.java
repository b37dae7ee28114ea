package dev.doorstep.shipment.carrier.deutschepost;

import dev.doorstep.shipment.carrier.dhl.DhlMapper;

/**
 * Unified Tracking API bodies of {@code post-de} items, read exactly like DHL's but
 * reported as Deutsche Post.
 */
public final class DeutschePostMapper extends DhlMapper {

	public DeutschePostMapper() {
		super(DeutschePostAdapter.CODE);
	}

}
