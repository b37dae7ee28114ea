package dev.doorstep.returns;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/** The return parcel was handed to the carrier. */
public record ReturnInTransit(ShopId shopId, UUID returnId, OrderId orderId, String rma, String carrier,
		String trackingNumber, Instant occurredAt) implements ReturnEvent {
}
