package dev.doorstep.returns;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/** The shop turned a return request down, with the reason the shopper is told. */
public record ReturnRejected(ShopId shopId, UUID returnId, OrderId orderId, String rma, String reason,
		Instant occurredAt) implements ReturnEvent {
}
