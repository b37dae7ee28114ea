package dev.doorstep.feedback;

import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A shopper rated the delivery (CSAT 1–5): on the review page (no parcel) or on a
 * parcel's tracking page.
 */
public record DeliveryRated(ShopId shopId, OrderId orderId, @Nullable ShipmentId shipmentId, int csat,
		Instant occurredAt) {
}
