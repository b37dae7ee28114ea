package dev.doorstep.notification;

import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * A message was handed to its provider.
 */
public record MessageSent(UUID messageId, ShopId shopId, OrderId orderId, Trigger trigger, Channel channel) {
}
