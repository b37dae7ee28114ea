package dev.doorstep.returns;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A return was approved, by the policy at once ({@code automatic}) or by the shop.
 */
public record ReturnApproved(ShopId shopId, UUID returnId, OrderId orderId, String rma, boolean automatic,
		@Nullable ReturnMethod method, Instant occurredAt) implements ReturnEvent {
}
