package dev.doorstep.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A shopper or the shop asked for a return: what goes back, why, and what it is estimated
 * to be worth.
 */
public record ReturnRequested(ShopId shopId, UUID returnId, OrderId orderId, String rma, @Nullable ReturnMethod method,
		List<Item> items, ReturnQuote quote, Instant occurredAt) implements ReturnEvent {

	/** One returned item with its reason and resolution. */
	public record Item(String sku, @Nullable String category, int quantity, BigDecimal unitPrice, ReturnReason reason,
			Resolution resolution) {
	}

}
