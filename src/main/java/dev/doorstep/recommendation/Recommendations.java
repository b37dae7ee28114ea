package dev.doorstep.recommendation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.doorstep.recommendation.internal.ShopModels;
import dev.doorstep.recommendation.model.Candidates;
import dev.doorstep.recommendation.model.CoPurchaseModel;
import dev.doorstep.recommendation.model.Recommendation;
import dev.doorstep.shop.ShopId;

import org.springframework.stereotype.Service;

/**
 * What fits a basket: products bought together with its items in the shop's orders, then
 * what is popular in the basket's categories, then what is popular in the shop. Only
 * products of the shop's catalogue that are available are recommended (a SKU the
 * catalogue does not know has no name, price or link to show), never an item of the
 * basket nor another variant of one, and at most one variant of any product.
 */
@Service
public class Recommendations {

	/** Most products one call recommends. */
	public static final int MAX_LIMIT = 20;

	private final ShopModels models;

	private final Products products;

	Recommendations(ShopModels models, Products products) {
		this.models = models;
		this.products = products;
	}

	/**
	 * Up to {@code limit} products for a basket, best first: two catalogue reads besides
	 * the model's (the basket's products, then the candidates').
	 */
	public List<RecommendedProduct> forBasket(ShopId shop, Collection<String> skus, int limit) {
		Set<String> basket = new LinkedHashSet<>(skus);
		Map<String, Product> known = this.products.find(shop, basket);
		Set<String> groups = new LinkedHashSet<>(basket);
		known.values().forEach(product -> groups.add(product.group()));
		List<String> categories = known.values().stream().map(Product::category).filter(Objects::nonNull).toList();
		CoPurchaseModel model = this.models.forShop(shop);
		// Deeper than asked: some candidates will be unavailable or variants of others.
		Candidates candidates = model.candidates(basket, categories, limit * 3 + 10);
		Map<String, Product> offered = this.products.find(shop, candidates.skus());
		List<Recommendation> picked = candidates.pick(limit, groups, sku -> {
			Product product = offered.get(sku);
			return (product != null && product.available()) ? product.group() : null;
		});
		return picked.stream()
			.map(recommendation -> new RecommendedProduct(offered.get(recommendation.sku()), recommendation.score(),
					recommendation.reason().words()))
			.toList();
	}

}
