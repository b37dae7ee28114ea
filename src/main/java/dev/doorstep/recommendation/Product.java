package dev.doorstep.recommendation;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A product of the shop's catalogue, as the shop last sent it.
 *
 * @param variantOf the product this is a variant of (its SKU or group id); variants with
 * the same value are the same product in another size or colour
 * @param variant what sets this variant apart, in words ("M", "Blue / 42"), or null
 */
public record Product(String sku, String name, @Nullable String category, BigDecimal price, String currency,
		@Nullable String imageUrl, @Nullable String productUrl, boolean available, @Nullable String variantOf,
		@Nullable String variant) {

	/** The product group: the same for all variants of one product. */
	public String group() {
		return (this.variantOf != null) ? this.variantOf : this.sku;
	}

}
