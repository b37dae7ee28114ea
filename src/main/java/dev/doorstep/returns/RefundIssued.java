package dev.doorstep.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/** The shop confirmed the refund went out. */
public record RefundIssued(ShopId shopId, UUID returnId, OrderId orderId, String rma, BigDecimal amount,
		String currency, @Nullable String reference, Instant occurredAt) implements ReturnEvent {
}
