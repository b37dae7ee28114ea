package dev.doorstep.recommendation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.doorstep.recommendation.RecommendedProduct;
import dev.doorstep.recommendation.Recommendations;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cross-sell for a basket over the API:
 * {@code GET /api/v1/recommendations?sku=a&sku=b&limit=4}.
 */
@RestController
class RecommendationController {

	static final int DEFAULT_LIMIT = 4;

	static final int MAX_SKUS = 50;

	private final Recommendations recommendations;

	RecommendationController(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/api/v1/recommendations")
	List<RecommendationJson> recommend(ShopId shop,
			@RequestParam(name = "sku", required = false) @Nullable List<String> skus,
			@RequestParam(required = false) @Nullable Integer limit) {
		List<FieldViolation> violations = new ArrayList<>();
		if (skus == null || skus.isEmpty()) {
			violations.add(new FieldViolation("sku", "name at least one SKU of the basket"));
		}
		else if (skus.size() > MAX_SKUS) {
			violations.add(new FieldViolation("sku", "at most " + MAX_SKUS + " SKUs"));
		}
		else if (skus.stream().anyMatch(sku -> sku.isBlank() || sku.length() > 100)) {
			violations.add(new FieldViolation("sku", "must not be blank or longer than 100 characters"));
		}
		int wanted = (limit != null) ? limit : DEFAULT_LIMIT;
		if (wanted < 1 || wanted > Recommendations.MAX_LIMIT) {
			violations.add(new FieldViolation("limit", "must be between 1 and " + Recommendations.MAX_LIMIT));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		return this.recommendations.forBasket(shop, skus.stream().map(String::strip).toList(), wanted)
			.stream()
			.map(RecommendationJson::of)
			.toList();
	}

	/** One recommended product as the API answers it. */
	record RecommendationJson(String sku, String name, @Nullable String category, BigDecimal price, String currency,
			@Nullable String url, @Nullable String image, double score, String reason) {

		static RecommendationJson of(RecommendedProduct recommended) {
			var product = recommended.product();
			return new RecommendationJson(product.sku(), product.name(), product.category(), product.price(),
					product.currency(), product.productUrl(), product.imageUrl(),
					Math.round(recommended.score() * 10_000) / 10_000.0, recommended.reason());
		}

	}

}
