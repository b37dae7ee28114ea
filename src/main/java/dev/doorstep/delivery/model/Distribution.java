package dev.doorstep.delivery.model;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Probabilities of delivery on business day {@code t} after hand-over ({@code t = 0}: the
 * hand-over day itself), immutable.
 */
final class Distribution {

	private static final double EPSILON = 1e-9;

	private final double[] pmf;

	private Distribution(double[] pmf) {
		this.pmf = pmf;
	}

	/** Normalizes non-negative weights; {@code null} when they add up to nothing. */
	static Distribution ofWeights(double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		if (!(total > 0)) {
			throw new IllegalArgumentException("no mass");
		}
		double[] pmf = new double[weights.length];
		for (int t = 0; t < weights.length; t++) {
			pmf[t] = weights[t] / total;
		}
		return new Distribution(pmf);
	}

	/**
	 * A prior around {@code days} when there is no history: mostly that day, sometimes
	 * one or two later, rarely one earlier.
	 */
	static Distribution around(int days) {
		double[] weights = new double[days + 3];
		if (days > 0) {
			weights[days - 1] = 0.10;
		}
		weights[days] = 0.55;
		weights[days + 1] = 0.25;
		weights[days + 2] = 0.10;
		return ofWeights(weights);
	}

	int maxDay() {
		return this.pmf.length - 1;
	}

	double probability(int t) {
		return t >= 0 && t < this.pmf.length ? this.pmf[t] : 0;
	}

	/** Probability of delivery after day {@code t}. */
	double above(int t) {
		double sum = 0;
		for (int i = Math.max(0, t + 1); i < this.pmf.length; i++) {
			sum += this.pmf[i];
		}
		return sum;
	}

	double between(int from, int to) {
		double sum = 0;
		for (int i = Math.max(0, from); i <= Math.min(to, this.pmf.length - 1); i++) {
			sum += this.pmf[i];
		}
		return sum;
	}

	/** The smallest day by which at least {@code p} of the mass has arrived. */
	int quantile(double p) {
		double sum = 0;
		for (int t = 0; t < this.pmf.length; t++) {
			sum += this.pmf[t];
			if (sum >= p - EPSILON) {
				return t;
			}
		}
		return this.pmf.length - 1;
	}

	int median() {
		return quantile(0.5);
	}

	/**
	 * Given that the parcel was not delivered before day {@code first}; {@code null} when
	 * the history holds (almost) no parcel that took that long.
	 */
	@Nullable Distribution atLeast(int first) {
		if (first <= 0) {
			return this;
		}
		if (first >= this.pmf.length) {
			return null;
		}
		double[] weights = Arrays.copyOf(this.pmf, this.pmf.length);
		Arrays.fill(weights, 0, first, 0);
		double rest = above(first - 1);
		return rest > 1e-6 ? ofWeights(weights) : null;
	}

	/** Every delivery {@code days} later. */
	Distribution later(int days) {
		double[] weights = new double[this.pmf.length + days];
		System.arraycopy(this.pmf, 0, weights, days, this.pmf.length);
		return new Distribution(weights);
	}

	/**
	 * The window for {@code coverage}: its last day leaves at most half of the rest for
	 * later deliveries (late is what hurts), its first day is as late as still covers
	 * {@code coverage}.
	 */
	int[] window(double coverage) {
		double lateShare = (1 - coverage) / 2;
		int latest = 0;
		while (latest < this.pmf.length - 1 && above(latest) > lateShare + EPSILON) {
			latest++;
		}
		int earliest = latest;
		while (earliest > 0 && between(earliest, latest) < coverage - EPSILON) {
			earliest--;
		}
		return new int[] { earliest, latest };
	}

}
