package dev.doorstep.order;

import java.time.Instant;

import dev.doorstep.shop.ShopId;

/**
 * The shop cancelled an order.
 */
public record OrderCancelled(OrderId orderId, ShopId shopId, Instant cancelledAt) {
}
