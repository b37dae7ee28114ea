package dev.doorstep.feedback;

import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * A shopper answered the NPS question (0–10).
 */
public record NpsAnswered(ShopId shopId, OrderId orderId, int score, Instant occurredAt) {
}
