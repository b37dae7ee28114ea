package dev.doorstep.recommendation;

import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * A shopper followed a signed link to a recommended product.
 *
 * @param orderId the order on whose surface (tracking page, email) the product was shown
 */
public record RecommendationClicked(ShopId shopId, OrderId orderId, String sku, Surface surface, Instant at) {
}
