package dev.doorstep.recommendation;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A product of the shop's catalogue, as the shop last sent it.
 *
 * @param variantOf the product this is a variant of (its SKU or group id); variants with
 * the same value are the same product in another size or colour
 * @param variant what sets this variant apart, in words ("M", "Blue / 42"), or null
 * @param lengthMm outer length of one unit in millimetres, or null when the shop did not
 * say (so are {@code widthMm}, {@code heightMm} and {@code weightG} in grams); right-size
 * packaging needs all four
 */
public record Product(String sku, String name, @Nullable String category, BigDecimal price, String currency,
		@Nullable String imageUrl, @Nullable String productUrl, boolean available, @Nullable String variantOf,
		@Nullable String variant, @Nullable Integer lengthMm, @Nullable Integer widthMm, @Nullable Integer heightMm,
		@Nullable Integer weightG) {

	/** A product without dimensions or weight. */
	public Product(String sku, String name, @Nullable String category, BigDecimal price, String currency,
			@Nullable String imageUrl, @Nullable String productUrl, boolean available, @Nullable String variantOf,
			@Nullable String variant) {
		this(sku, name, category, price, currency, imageUrl, productUrl, available, variantOf, variant, null, null,
				null, null);
	}

	/** Whether all three dimensions and the weight are known: what packing needs. */
	public boolean measured() {
		return this.lengthMm != null && this.widthMm != null && this.heightMm != null && this.weightG != null;
	}

	/** The product group: the same for all variants of one product. */
	public String group() {
		return (this.variantOf != null) ? this.variantOf : this.sku;
	}

}
