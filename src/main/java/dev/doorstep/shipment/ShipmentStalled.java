package dev.doorstep.shipment;

import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A parcel on its way has had no carrier news for a while (see
 * {@code doorstep.shipment.stalled-after}). Published once per silence: a new event makes
 * the parcel eligible again.
 *
 * @param lastEventAt the last news, {@code null} when the carrier never reported
 */
public record ShipmentStalled(ShipmentId shipmentId, ShopId shopId, OrderId orderId, TrackingStatus status,
		@Nullable Instant lastEventAt, Instant detectedAt) {
}
