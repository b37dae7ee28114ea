package dev.doorstep.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderStatus;
import org.jspecify.annotations.Nullable;

/**
 * An order as the API returns it.
 */
record OrderResponse(UUID id, String externalId, String orderNumber, Instant placedAt, String currency,
		@Nullable String locale, Order.Customer customer, Order.@Nullable Address shippingAddress,
		List<Order.LineItem> items, BigDecimal total, OrderStatus status, Instant createdAt, Instant updatedAt,
		boolean protection, @Nullable String thankYouUrl) {

	/** Without the thank-you link (lists: one more query per order is not worth it). */
	static OrderResponse of(Order order) {
		return of(order, null);
	}

	/**
	 * @param thankYouUrl the order's thank-you page fragment
	 * ({@code /embed/thank-you/{token}}) for the shop's order confirmation page
	 */
	static OrderResponse of(Order order, @Nullable String thankYouUrl) {
		return new OrderResponse(order.id().value(), order.externalId(), order.orderNumber(), order.placedAt(),
				order.currency(), order.locale(), order.customer(), order.shippingAddress(), order.items(),
				order.total(), order.status(), order.createdAt(), order.updatedAt(), order.protection(), thankYouUrl);
	}

	/** A page of orders with paging facts. */
	record Page(List<OrderResponse> content, int page, int size, long totalElements, int totalPages) {
	}

}
