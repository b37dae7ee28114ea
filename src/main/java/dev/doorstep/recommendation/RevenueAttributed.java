package dev.doorstep.recommendation;

import java.math.BigDecimal;
import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * A new order holds a product its shopper clicked in a recommendation within the
 * attribution window: the line's value is credited to that click's surface.
 *
 * @param orderId the new order
 * @param clickedAt when the recommendation was clicked
 * @param revenue the order line's value (unit price × quantity) in {@code currency}
 */
public record RevenueAttributed(ShopId shopId, OrderId orderId, String sku, Surface surface, Instant clickedAt,
		BigDecimal revenue, String currency) {
}
