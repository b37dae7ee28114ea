package dev.doorstep.notification;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * A shopper used a message's unsubscribe link: the message's channel is withdrawn for
 * every topic. No address: only which message led to it.
 */
public record MessageUnsubscribed(UUID messageId, ShopId shopId, OrderId orderId, Trigger trigger, Channel channel,
		Instant at) {
}
