package dev.doorstep.order;

import java.time.Instant;

import dev.doorstep.shop.ShopId;

/**
 * The shop sent an order again with different contents (lines, totals, address, customer
 * details): published once per change, not for a resend of the same order.
 */
public record OrderUpdated(OrderId orderId, ShopId shopId, Instant updatedAt) {
}
