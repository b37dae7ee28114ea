package dev.doorstep.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A shopper's claim about one parcel.
 *
 * @param number what shopper and merchant quote ("CLM-7K3Q9XRT"), unique per shop
 * @param publicToken the only key of the shopper's status page {@code /c/{token}}
 * @param value what the affected items are worth (unit price times quantity), in
 * {@code currency}
 * @param preferredResolution the shopper's choice where the shop lets them choose
 * @param rejectionReason why it was rejected, shown to the shopper
 * @param refundAmount the amount refunded when resolved by refund
 * @param photos the evidence, without its bytes
 */
public record Claim(ClaimId id, ShopId shopId, ShipmentId shipmentId, OrderId orderId, String number,
		String publicToken, ClaimType type, ClaimStatus status, CarrierCode carrier, @Nullable String description,
		@Nullable String declaration, List<Item> items, BigDecimal value, String currency,
		@Nullable Resolution preferredResolution, @Nullable String rejectionReason, @Nullable Resolution resolution,
		@Nullable BigDecimal refundAmount, boolean autoApproved, List<Photo> photos, Instant createdAt,
		Instant updatedAt) {

	/** An affected order line and how many of it. */
	public record Item(String sku, String name, int quantity) {
	}

	/** One evidence photo. */
	public record Photo(int position, String contentType, int size) {
	}

	/** One step of a claim's history. */
	public record Step(Instant at, ClaimStatus status, @Nullable String note, String actor) {
	}

}
