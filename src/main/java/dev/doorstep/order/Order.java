package dev.doorstep.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * An order as stored, with its line items in the shop's order.
 *
 * @param protection whether the shopper bought delivery protection at checkout, as the
 * shop says; claims in the shop's protection mode are open only for such orders
 */
public record Order(OrderId id, ShopId shopId, String externalId, String orderNumber, Instant placedAt, String currency,
		@Nullable String locale, Customer customer, @Nullable Address shippingAddress, List<LineItem> items,
		BigDecimal total, OrderStatus status, Instant createdAt, Instant updatedAt, boolean protection) {

	/** An order without delivery protection. */
	public Order(OrderId id, ShopId shopId, String externalId, String orderNumber, Instant placedAt, String currency,
			@Nullable String locale, Customer customer, @Nullable Address shippingAddress, List<LineItem> items,
			BigDecimal total, OrderStatus status, Instant createdAt, Instant updatedAt) {
		this(id, shopId, externalId, orderNumber, placedAt, currency, locale, customer, shippingAddress, items, total,
				status, createdAt, updatedAt, false);
	}

	/**
	 * The shopper. Email and phone are personal data: never log them.
	 *
	 * @param id the shop's own id of its customer account, if the shop sends one (how an
	 * embedded widget finds the logged-in customer's orders)
	 */
	public record Customer(@Nullable String email, @Nullable String phone, @Nullable String firstName,
			@Nullable String lastName, @Nullable String id) {

		/** A shopper without a customer account id. */
		public Customer(@Nullable String email, @Nullable String phone, @Nullable String firstName,
				@Nullable String lastName) {
			this(email, phone, firstName, lastName, null);
		}

	}

	/** A postal address. */
	public record Address(@Nullable String line1, @Nullable String line2, @Nullable String postcode,
			@Nullable String city, @Nullable String country) {
	}

	/**
	 * One line of the order.
	 *
	 * @param finalSale sold as final sale (clearance): the shop takes it back only when
	 * it is damaged or wrong
	 */
	public record LineItem(String sku, String name, @Nullable String category, @Nullable String variant, int quantity,
			BigDecimal unitPrice, @Nullable String imageUrl, @Nullable String productUrl, boolean finalSale) {

		public LineItem(String sku, String name, @Nullable String category, @Nullable String variant, int quantity,
				BigDecimal unitPrice, @Nullable String imageUrl, @Nullable String productUrl) {
			this(sku, name, category, variant, quantity, unitPrice, imageUrl, productUrl, false);
		}

	}

	public Optional<LineItem> item(String sku) {
		return this.items.stream().filter(item -> item.sku().equals(sku)).findFirst();
	}

	public int totalQuantity() {
		return this.items.stream().mapToInt(LineItem::quantity).sum();
	}

}
