package dev.doorstep.recommendation.model;

/**
 * One recommended SKU.
 *
 * @param score for {@link Reason#BOUGHT_TOGETHER} the pair scores summed over the
 * basket's items; for popularity the item's recency-weighted share of baskets
 */
public record Recommendation(String sku, double score, Reason reason) {

	/** Why an item is recommended, in the words the API answers. */
	public enum Reason {

		BOUGHT_TOGETHER("bought together"), POPULAR_IN_CATEGORY("popular in category"), POPULAR("popular");

		private final String words;

		Reason(String words) {
			this.words = words;
		}

		public String words() {
			return this.words;
		}

	}

}
