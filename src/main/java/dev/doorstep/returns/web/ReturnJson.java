package dev.doorstep.returns.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.returns.Resolution;
import dev.doorstep.returns.ReturnHistoryEntry;
import dev.doorstep.returns.ReturnLinks;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnQuote;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.returns.ReturnStatus;
import org.jspecify.annotations.Nullable;

/**
 * A return as the API shows it.
 *
 * @param statusUrl the shopper's status page (public, behind the return's token)
 * @param shipmentId the return parcel in {@code /api/v1/shipments}, once it is tracked
 * @param labelUrl the label for the merchant's API ({@code GET
 * /api/v1/returns/{id}/label.pdf})
 * @param history the steps so far, only in single-return answers
 */
record ReturnJson(UUID id, String rma, UUID orderId, String orderNumber, ReturnStatus status,
		@Nullable ReturnMethod method, @Nullable String storeId, String locale, ReturnQuote quote, List<Item> items,
		@Nullable String rejectionReason, @Nullable BigDecimal refundIssued, @Nullable String refundReference,
		@Nullable String carrier, @Nullable String trackingNumber, @Nullable UUID shipmentId, String statusUrl,
		@Nullable String labelUrl, Instant createdAt, Instant updatedAt, @Nullable List<ReturnHistoryEntry> history) {

	record Item(int line, String sku, String name, @Nullable String variant, @Nullable String category, int quantity,
			BigDecimal unitPrice, ReturnReason reason, @Nullable String comment, Resolution resolution,
			@Nullable String exchangeSku, @Nullable String exchangeVariant, @Nullable BigDecimal exchangePrice,
			int photos, @Nullable Integer receivedQuantity, ReturnRequest.@Nullable Condition condition,
			@Nullable Boolean restock) {
	}

	static ReturnJson of(ReturnRequest request, String base, @Nullable List<ReturnHistoryEntry> history) {
		return new ReturnJson(request.id(), request.rma(), request.orderId().value(), request.orderNumber(),
				request.status(), request.method(), request.storeId(), request.locale(), request.quote(),
				request.lines()
					.stream()
					.map(line -> new Item(line.lineNo(), line.sku(), line.name(), line.variant(), line.category(),
							line.quantity(), line.unitPrice(), line.reason(), line.comment(), line.resolution(),
							line.exchangeSku(), line.exchangeVariant(), line.exchangePrice(), line.photos(),
							line.receivedQuantity(), line.condition(), line.restock()))
					.toList(),
				request.rejectionReason(), request.refundIssued(), request.refundReference(), request.carrier(),
				request.trackingNumber(), request.shipmentId(), base + ReturnLinks.statusPath(request),
				request.method() == null ? null : "/api/v1/returns/" + request.id() + "/label.pdf", request.createdAt(),
				request.updatedAt(), history);
	}

}
