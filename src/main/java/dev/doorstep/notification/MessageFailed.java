package dev.doorstep.notification;

import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * A message could not be sent for good (refused, or retries ran out).
 */
public record MessageFailed(UUID messageId, ShopId shopId, OrderId orderId, Trigger trigger, Channel channel,
		String reason) {
}
