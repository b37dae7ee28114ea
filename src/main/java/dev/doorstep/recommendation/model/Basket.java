package dev.doorstep.recommendation.model;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one order contained, for the model: the SKUs (quantities do not matter) and, where
 * known, their categories.
 */
public record Basket(Instant placedAt, List<Item> items) {

	public Basket {
		items = List.copyOf(items);
	}

	/** A basket of SKUs without categories (the evaluation's files). */
	public static Basket of(Instant placedAt, List<String> skus) {
		return new Basket(placedAt, skus.stream().map(sku -> new Item(sku, null)).toList());
	}

	/** One line of a basket. */
	public record Item(String sku, @Nullable String category) {
	}

}
