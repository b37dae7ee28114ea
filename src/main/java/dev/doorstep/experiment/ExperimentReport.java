package dev.doorstep.experiment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How an experiment's arms compare, from what is stored now. Each shopper counts once, in
 * the arm they were assigned to, whether or not the treatment reached them (a message
 * without an address, a page never opened): that keeps the arms comparable.
 *
 * @param baseline the arm the others are compared with: the holdout when there is one,
 * else the first variant
 * @param arms figures per arm, holdout first when there is one
 * @param comparisons each other arm against the baseline, per metric
 */
public record ExperimentReport(Experiment experiment, String baseline, List<ArmFigures> arms,
		List<Comparison> comparisons) {

	public ExperimentReport {
		arms = List.copyOf(arms);
		comparisons = List.copyOf(comparisons);
	}

	/** What the report compares. */
	public enum Metric {

		/** Share of shoppers sent the message (journey experiments). */
		SENT(true),
		/** Share of shoppers who opened it (or clicked, which implies opening). */
		OPENED(true),
		/** Share of shoppers who clicked a link in it. */
		CLICKED(true),
		/** Share of shoppers who ordered again within 90 days of assignment. */
		REPURCHASE_90(true),
		/** Share of shoppers who asked for a return after assignment. */
		RETURN_RATE(true),
		/**
		 * Tracking-page views per shopper after assignment (the "where is my order"
		 * proxy).
		 */
		VISITS(false),
		/** Mean delivery rating (1–5) of the shoppers who rated after assignment. */
		CSAT(false);

		private final boolean proportion;

		Metric(boolean proportion) {
			this.proportion = proportion;
		}

		/** Whether the metric is a share of shoppers (else a mean). */
		public boolean proportion() {
			return this.proportion;
		}

	}

	/**
	 * One arm's counts.
	 *
	 * @param visits tracking-page views of all its shoppers
	 * @param rated shoppers who rated the delivery
	 * @param csatSum the sum of the raters' mean ratings
	 */
	public record ArmFigures(String arm, int shoppers, int sent, int opened, int clicked, int repurchased, int returned,
			long visits, int rated, double csatSum) {

		public double rate(Metric metric) {
			return switch (metric) {
				case SENT -> share(this.sent);
				case OPENED -> share(this.opened);
				case CLICKED -> share(this.clicked);
				case REPURCHASE_90 -> share(this.repurchased);
				case RETURN_RATE -> share(this.returned);
				case VISITS -> (this.shoppers == 0) ? 0 : (double) this.visits / this.shoppers;
				case CSAT -> (this.rated == 0) ? 0 : this.csatSum / this.rated;
			};
		}

		private double share(int count) {
			return (this.shoppers == 0) ? 0 : (double) count / this.shoppers;
		}

	}

	/**
	 * One arm against the baseline on one metric.
	 *
	 * @param difference arm minus baseline (a share difference as a fraction, e.g. 0.012
	 * for 1.2 percentage points)
	 * @param low lower end of the 95 % confidence interval, null without enough data
	 * @param high upper end of it
	 * @param clear whether the interval excludes zero with enough data
	 * @param verdict the plain-language reading in the requested language
	 */
	public record Comparison(String arm, String baseline, Metric metric, double difference, @Nullable Double low,
			@Nullable Double high, boolean clear, String verdict) {
	}

}
