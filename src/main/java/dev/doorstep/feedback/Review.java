package dev.doorstep.feedback;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A shopper's review of one item.
 *
 * @param author what the public sees of the shopper: first name and the last name's
 * initial ("Anna S."), never more
 * @param photoType the photo's media type, or null without a photo
 */
public record Review(UUID id, ShopId shopId, UUID requestId, OrderId orderId, String sku, String name,
		@Nullable String category, int stars, @Nullable String text, String author, @Nullable String photoType,
		ReviewStatus status, @Nullable String reply, @Nullable Instant repliedAt, Instant createdAt,
		Instant updatedAt) {

	public boolean hasPhoto() {
		return this.photoType != null;
	}

}
