package dev.doorstep.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/orders}: an order as the shop sends it.
 *
 * @param protection whether the shopper bought delivery protection at checkout; absent
 * means no
 */
record OrderRequest(@NotBlank @Size(max = 200) String externalId, @NotBlank @Size(max = 64) String orderNumber,
		@NotNull Instant placedAt,
		@NotBlank @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
		@Nullable @Pattern(regexp = "[a-z]{2}([-_][A-Z]{2})?",
				message = "must be a language tag such as en or de-DE") String locale,
		@NotNull @Valid Customer customer, @Nullable @Valid Address shippingAddress,
		@NotEmpty @Size(max = 500) List<@NotNull @Valid Item> items, @NotNull @PositiveOrZero BigDecimal total,
		@Nullable Boolean protection) {

	record Customer(@Nullable @Email @Size(max = 254) String email,
			@Nullable @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()/.-]{3,40}",
					message = "must be a phone number, preferably E.164 like +4930123456") String phone,
			@Nullable @Size(max = 100) String firstName, @Nullable @Size(max = 100) String lastName,
			@Nullable @Size(max = 200) String id) {
	}

	record Address(@Nullable @Size(max = 200) String line1, @Nullable @Size(max = 200) String line2,
			@Nullable @Size(max = 20) String postcode, @Nullable @Size(max = 100) String city,
			@Nullable @Pattern(regexp = "[A-Z]{2}",
					message = "must be an ISO 3166-1 alpha-2 code such as DE") String country) {
	}

	record Item(@NotBlank @Size(max = 100) String sku, @NotBlank @Size(max = 300) String name,
			@Nullable @Size(max = 100) String category, @Nullable @Size(max = 100) String variant,
			@NotNull @Positive @Max(10_000) Integer quantity, @NotNull @PositiveOrZero BigDecimal unitPrice,
			@Nullable @Size(max = 2000) @Pattern(regexp = "https?://\\S+",
					message = "must be an http(s) URL") String imageUrl,
			@Nullable @Size(max = 2000) @Pattern(regexp = "https?://\\S+",
					message = "must be an http(s) URL") String productUrl,
			@Nullable Boolean finalSale) {
	}

	OrderDraft toDraft() {
		Order.Address address = this.shippingAddress == null ? null
				: new Order.Address(this.shippingAddress.line1(), this.shippingAddress.line2(),
						this.shippingAddress.postcode(), this.shippingAddress.city(), this.shippingAddress.country());
		return new OrderDraft(this.externalId.trim(), this.orderNumber.trim(), this.placedAt, this.currency,
				this.locale,
				new Order.Customer(this.customer.email(), this.customer.phone(), this.customer.firstName(),
						this.customer.lastName(), this.customer.id()),
				address,
				this.items.stream()
					.map(item -> new Order.LineItem(item.sku(), item.name(), item.category(), item.variant(),
							item.quantity(), item.unitPrice(), item.imageUrl(), item.productUrl(),
							Boolean.TRUE.equals(item.finalSale())))
					.toList(),
				this.total, Boolean.TRUE.equals(this.protection));
	}

}
