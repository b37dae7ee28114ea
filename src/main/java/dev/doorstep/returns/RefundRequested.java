package dev.doorstep.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * Doorstep does not move money: the shop is asked to refund {@code refund} to the
 * original payment and to grant {@code storeCredit}, fees already taken off.
 */
public record RefundRequested(ShopId shopId, UUID returnId, OrderId orderId, String rma, BigDecimal refund,
		BigDecimal storeCredit, BigDecimal fee, String currency, Instant occurredAt) implements ReturnEvent {
}
