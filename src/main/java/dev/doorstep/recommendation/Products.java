package dev.doorstep.recommendation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.recommendation.internal.ProductRepository;
import dev.doorstep.shop.ShopId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's product catalogue: kept up to date by the shop with batch upserts, read by
 * cross-sell and by returns (which variants an item can be exchanged for).
 */
@Service
public class Products {

	/** Most products one upsert takes. */
	public static final int MAX_BATCH = 1000;

	private final ProductRepository repository;

	Products(ProductRepository repository) {
		this.repository = repository;
	}

	/**
	 * Inserts or replaces the products by SKU, all or none.
	 * @return how many were new and how many replaced
	 */
	@Transactional
	public UpsertResult upsert(ShopId shop, List<Product> products) {
		return this.repository.upsert(shop, products);
	}

	/** How a batch upsert went. */
	public record UpsertResult(int created, int updated) {
	}

	public Optional<Product> find(ShopId shop, String sku) {
		return this.repository.find(shop, List.of(sku)).values().stream().findFirst();
	}

	/** The products with these SKUs that the catalogue knows, by SKU. */
	public Map<String, Product> find(ShopId shop, Collection<String> skus) {
		return this.repository.find(shop, skus);
	}

	/**
	 * The other variants of the product behind {@code sku} that can be had now
	 * (available), cheapest first; empty when the catalogue does not know the SKU.
	 */
	public List<Product> otherVariants(ShopId shop, String sku) {
		return this.repository.otherVariants(shop, sku);
	}

}
