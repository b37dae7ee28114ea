package dev.doorstep.shipment;

import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A parcel reached the shopper (or their neighbour, locker or safe place).
 */
public record ShipmentDelivered(ShipmentId shipmentId, ShopId shopId, OrderId orderId, Instant deliveredAt,
		@Nullable String subStatus) {
}
