package dev.doorstep.recommendation.model;

import java.time.Duration;

/**
 * How the co-purchase model counts and scores.
 *
 * @param halfLife a basket this much older than another counts half as much
 * ({@link Duration#ZERO}: no decay)
 * @param minSupport baskets a pair must have been bought together in before it is
 * recommended; pairs seen once are mostly chance
 * @param neighbours how many best neighbours are kept per item (the precomputed list a
 * basket's recommendations are merged from)
 * @param score how a pair is scored
 */
public record ModelSettings(Duration halfLife, int minSupport, int neighbours, Score score) {

	public ModelSettings {
		if (halfLife.isNegative()) {
			throw new IllegalArgumentException("halfLife must not be negative");
		}
		if (minSupport < 1 || neighbours < 1) {
			throw new IllegalArgumentException("minSupport and neighbours must be at least 1");
		}
	}

	/**
	 * The defaults: 90 days half-life, support 2, 50 neighbours, cosine (chosen by
	 * evaluation, docs/adr/0008-cross-sell-model.md).
	 */
	public static ModelSettings defaults() {
		return new ModelSettings(Duration.ofDays(90), 2, 50, Score.COSINE);
	}

	public ModelSettings withScore(Score score) {
		return new ModelSettings(this.halfLife, this.minSupport, this.neighbours, score);
	}

	public ModelSettings withMinSupport(int minSupport) {
		return new ModelSettings(this.halfLife, minSupport, this.neighbours, this.score);
	}

	public ModelSettings withHalfLife(Duration halfLife) {
		return new ModelSettings(halfLife, this.minSupport, this.neighbours, this.score);
	}

	/**
	 * How a pair (a, b) bought together is scored; w are recency-weighted basket counts.
	 */
	public enum Score {

		/** w(a,b) · w(all) / (w(a) · w(b)): how much more often than by chance. */
		LIFT,

		/** w(a,b) / √(w(a) · w(b)): favours pairs that are both strong and frequent. */
		COSINE

	}

}
