package dev.doorstep.recommendation.web;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.doorstep.recommendation.Product;
import dev.doorstep.recommendation.Products;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's catalogue over the API: a batch upsert of up to {@value Products#MAX_BATCH}
 * products, all or none, and a read of one product.
 */
@RestController
class ProductController {

	/** 5 m: longer is not a parcel. */
	static final int MAX_MM = 5_000;

	/** 1 t: heavier is not a parcel. */
	static final int MAX_G = 1_000_000;

	private final Products products;

	ProductController(Products products) {
		this.products = products;
	}

	@PostMapping("/api/v1/products")
	Products.UpsertResult upsert(ShopId shop, @Valid @RequestBody Batch batch) {
		if (batch.products().size() > Products.MAX_BATCH) {
			throw new InvalidRequestException("products", "at most " + Products.MAX_BATCH + " products per request");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < batch.products().size(); i++) {
			if (!seen.add(batch.products().get(i).sku())) {
				throw new InvalidRequestException("products[" + i + "].sku", "appears twice in this batch");
			}
		}
		return this.products.upsert(shop, batch.products().stream().map(ProductJson::product).toList());
	}

	@GetMapping("/api/v1/products/{sku}")
	Product product(ShopId shop, @PathVariable String sku) {
		return this.products.find(shop, sku).orElseThrow(() -> new NotFoundException("Product", sku));
	}

	record Batch(@NotEmpty List<@Valid @NotNull ProductJson> products) {
	}

	/**
	 * A product as the shop sends it; a missing {@code available} means available.
	 * Dimensions (mm) and weight (g) are optional; the maxima only catch unit mistakes
	 * (centimetres sent as metres, kilograms as tonnes).
	 */
	record ProductJson(@NotBlank @Size(max = 100) String sku, @NotBlank @Size(max = 300) String name,
			@Nullable @Size(max = 100) String category, @NotNull @PositiveOrZero BigDecimal price,
			@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
			@Nullable @Size(max = 2000) @Pattern(regexp = "https?://\\S+",
					message = "must be an http(s) URL") String imageUrl,
			@Nullable @Size(max = 2000) @Pattern(regexp = "https?://\\S+",
					message = "must be an http(s) URL") String productUrl,
			@Nullable Boolean available, @Nullable @Size(max = 100) String variantOf,
			@Nullable @Size(max = 100) String variant, @Nullable @Positive @Max(MAX_MM) Integer lengthMm,
			@Nullable @Positive @Max(MAX_MM) Integer widthMm, @Nullable @Positive @Max(MAX_MM) Integer heightMm,
			@Nullable @Positive @Max(MAX_G) Integer weightG) {

		Product product() {
			return new Product(this.sku.strip(), this.name.strip(), this.category, this.price, this.currency,
					this.imageUrl, this.productUrl, this.available == null || this.available, this.variantOf,
					this.variant, this.lengthMm, this.widthMm, this.heightMm, this.weightG);
		}

	}

}
