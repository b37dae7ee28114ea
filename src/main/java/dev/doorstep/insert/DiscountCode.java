package dev.doorstep.insert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.doorstep.order.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * A discount code given to one order, with the terms it was given under.
 *
 * @param currency set for amount discounts
 */
public record DiscountCode(String code, OrderId orderId, String orderNumber, InsertSettings.DiscountType discountType,
		BigDecimal discountValue, @Nullable String currency, LocalDate validUntil, Instant assignedAt) {
}
