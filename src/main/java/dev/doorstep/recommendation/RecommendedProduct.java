package dev.doorstep.recommendation;

/**
 * A product recommended for a basket.
 *
 * @param score how strongly: for "bought together" the co-purchase scores summed over the
 * basket's items, for popularity the product's recency-weighted share of orders
 * @param reason {@code bought together}, {@code popular in category} or {@code popular}
 */
public record RecommendedProduct(Product product, double score, String reason) {

	public static final String BOUGHT_TOGETHER = "bought together";

	public static final String POPULAR_IN_CATEGORY = "popular in category";

	public static final String POPULAR = "popular";

}
