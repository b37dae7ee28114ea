package dev.doorstep.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A return as stored.
 *
 * @param rma the shop-unique RMA number printed on labels and shown to the shopper
 * @param token the random key of the shopper's status page
 * @param quote the amounts as estimated when the return was made
 * @param refundIssued what the shop confirmed it paid back, once it has
 * @param carrier the return parcel's carrier code, once there is a parcel
 * @param shipmentId the return parcel as the shipment module tracks it, once there is one
 */
public record ReturnRequest(UUID id, ShopId shopId, OrderId orderId, String orderNumber, String rma, String token,
		ReturnStatus status, @Nullable ReturnMethod method, @Nullable String storeId, String locale, ReturnQuote quote,
		List<Line> lines, @Nullable String rejectionReason, @Nullable BigDecimal refundIssued,
		@Nullable String refundReference, @Nullable String carrier, @Nullable String trackingNumber,
		@Nullable UUID shipmentId, Instant createdAt, Instant updatedAt) {

	/**
	 * One returned item.
	 *
	 * @param photos how many photos came with it
	 * @param receivedQuantity pieces that arrived, once inspected
	 * @param restock whether the pieces go back into stock, once inspected
	 */
	public record Line(int lineNo, String sku, String name, @Nullable String variant, @Nullable String category,
			int quantity, BigDecimal unitPrice, ReturnReason reason, @Nullable String comment, Resolution resolution,
			@Nullable String exchangeSku, @Nullable String exchangeVariant, @Nullable BigDecimal exchangePrice,
			int photos, @Nullable Integer receivedQuantity, @Nullable Condition condition, @Nullable Boolean restock) {
	}

	/** What an inspected item looked like. */
	public enum Condition {

		AS_NEW, USED, DAMAGED, MISSING

	}

	public boolean keepsEverything() {
		return this.lines.stream().allMatch(line -> line.resolution() == Resolution.KEEP_ITEM);
	}

}
