package dev.doorstep.feedback;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A shopper reviewed an item (first time or an edit), for the insights module. No text,
 * no personal data: only what was said how.
 */
public record ReviewSubmitted(UUID reviewId, ShopId shopId, OrderId orderId, String sku, @Nullable String category,
		int stars, boolean hasText, boolean hasPhoto, Instant occurredAt) {
}
