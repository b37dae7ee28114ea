package dev.doorstep.order;

import java.time.Instant;

import dev.doorstep.shop.ShopId;

/**
 * A new order arrived from the shop.
 */
public record OrderPlaced(OrderId orderId, ShopId shopId, String orderNumber, Instant placedAt) {
}
