package dev.doorstep.experiment.internal;

/**
 * Confidence intervals for the report: Wilson score intervals for one share, Newcombe's
 * hybrid score interval for a difference of two shares (method 10 of Newcombe 1998; it
 * stays inside [-1, 1] and behaves at 0 % and 100 %, unlike the Wald interval), and
 * Welch's t interval for a difference of two means with unequal variances.
 */
public final class Statistics {

	/** The 97.5 % point of the standard normal distribution: two-sided 95 %. */
	public static final double Z95 = 1.959963984540054;

	private Statistics() {
	}

	/** An interval from {@code low} to {@code high}. */
	public record Interval(double estimate, double low, double high) {

		public boolean excludesZero() {
			return this.low > 0 || this.high < 0;
		}

	}

	/** Wilson's 95 % score interval for {@code successes} out of {@code n} (n > 0). */
	public static Interval wilson(long successes, long n) {
		double p = (double) successes / n;
		double z2 = Z95 * Z95;
		double denominator = n + z2;
		double centre = (successes + z2 / 2) / denominator;
		double half = Z95 * Math.sqrt((double) successes * (n - successes) / n + z2 / 4) / denominator;
		return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half));
	}

	/**
	 * Newcombe's 95 % interval for p1 − p2 from the two Wilson intervals (both n > 0).
	 */
	public static Interval newcombe(long x1, long n1, long x2, long n2) {
		Interval a = wilson(x1, n1);
		Interval b = wilson(x2, n2);
		double difference = a.estimate() - b.estimate();
		double low = difference - Math.sqrt(square(a.estimate() - a.low()) + square(b.high() - b.estimate()));
		double high = difference + Math.sqrt(square(a.high() - a.estimate()) + square(b.estimate() - b.low()));
		return new Interval(difference, low, high);
	}

	/** Summary of a sample for {@link #welch}. */
	public record Sample(long n, double mean, double variance) {

		/** Mean and unbiased variance of the values. */
		public static Sample of(double[] values) {
			int n = values.length;
			double sum = 0;
			for (double value : values) {
				sum += value;
			}
			double mean = (n == 0) ? 0 : sum / n;
			double squares = 0;
			for (double value : values) {
				squares += square(value - mean);
			}
			return new Sample(n, mean, (n < 2) ? 0 : squares / (n - 1));
		}

	}

	/**
	 * Welch's 95 % interval for mean1 − mean2; both samples need at least two values and
	 * not both a variance of zero.
	 */
	public static Interval welch(Sample a, Sample b) {
		double va = a.variance() / a.n();
		double vb = b.variance() / b.n();
		double se = Math.sqrt(va + vb);
		double df = square(va + vb) / (square(va) / (a.n() - 1) + square(vb) / (b.n() - 1));
		double t = tQuantile(0.975, df);
		double difference = a.mean() - b.mean();
		return new Interval(difference, difference - t * se, difference + t * se);
	}

	/** Whether {@link #welch} can say anything about the two samples. */
	public static boolean welchDefined(Sample a, Sample b) {
		return a.n() >= 2 && b.n() >= 2 && (a.variance() > 0 || b.variance() > 0);
	}

	/**
	 * The {@code p} quantile of Student's t with {@code df} (real, > 0) degrees of
	 * freedom.
	 */
	public static double tQuantile(double p, double df) {
		// Bisection on the distribution function: 200 halvings are far below double
		// precision, and the report computes a handful of these.
		double low = 0;
		double high = 1;
		while (tCdf(high, df) < p) {
			high *= 2;
		}
		for (int i = 0; i < 200 && high - low > 1e-13; i++) {
			double middle = (low + high) / 2;
			if (tCdf(middle, df) < p) {
				low = middle;
			}
			else {
				high = middle;
			}
		}
		return (low + high) / 2;
	}

	/** Student's t distribution function at {@code t} ≥ 0. */
	static double tCdf(double t, double df) {
		double x = df / (df + t * t);
		return 1 - 0.5 * regularizedBeta(x, df / 2, 0.5);
	}

	/** I_x(a, b) by its continued fraction (Numerical Recipes 6.4, modified Lentz). */
	static double regularizedBeta(double x, double a, double b) {
		if (x <= 0) {
			return 0;
		}
		if (x >= 1) {
			return 1;
		}
		double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
		if (x < (a + 1) / (a + b + 2)) {
			return front * betaFraction(x, a, b) / a;
		}
		return 1 - front * betaFraction(1 - x, b, a) / b;
	}

	private static double betaFraction(double x, double a, double b) {
		double tiny = 1e-300;
		double c = 1;
		double d = 1 - (a + b) * x / (a + 1);
		d = 1 / (Math.abs(d) < tiny ? tiny : d);
		double h = d;
		for (int m = 1; m <= 500; m++) {
			int m2 = 2 * m;
			double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
			d = 1 + aa * d;
			d = 1 / (Math.abs(d) < tiny ? tiny : d);
			c = 1 + aa / c;
			c = Math.abs(c) < tiny ? tiny : c;
			h *= d * c;
			aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
			d = 1 + aa * d;
			d = 1 / (Math.abs(d) < tiny ? tiny : d);
			c = 1 + aa / c;
			c = Math.abs(c) < tiny ? tiny : c;
			double delta = d * c;
			h *= delta;
			if (Math.abs(delta - 1) < 1e-15) {
				break;
			}
		}
		return h;
	}

	/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: about 15 significant digits). */
	static double logGamma(double x) {
		double[] g = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
				-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
				1.5056327351493116e-7 };
		if (x < 0.5) {
			return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
		}
		double y = x - 1;
		double sum = g[0];
		for (int i = 1; i < 9; i++) {
			sum += g[i] / (y + i);
		}
		double t = y + 7.5;
		return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
	}

	private static double square(double value) {
		return value * value;
	}

}
