package dev.doorstep.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An order as the shop sends it. Placing the same external id again updates the stored
 * order.
 *
 * @param protection whether the shopper bought delivery protection at checkout
 */
public record OrderDraft(String externalId, String orderNumber, Instant placedAt, String currency,
		@Nullable String locale, Order.Customer customer, Order.@Nullable Address shippingAddress,
		List<Order.LineItem> items, BigDecimal total, boolean protection) {

	/** An order without delivery protection. */
	public OrderDraft(String externalId, String orderNumber, Instant placedAt, String currency, @Nullable String locale,
			Order.Customer customer, Order.@Nullable Address shippingAddress, List<Order.LineItem> items,
			BigDecimal total) {
		this(externalId, orderNumber, placedAt, currency, locale, customer, shippingAddress, items, total, false);
	}

}
