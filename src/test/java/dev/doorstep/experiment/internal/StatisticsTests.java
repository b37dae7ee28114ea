package dev.doorstep.experiment.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The intervals against published and hand-computed values: Newcombe (1998), Statistics
 * in Medicine 17, Table II (method 10), and Welch's interval worked out by hand.
 */
class StatisticsTests {

	@Test
	void wilsonIntervalMatchesTheFormula() {
		// 81/263: centre (81 + 1.92)/266.84 = 0.31075, half 0.05546.
		Statistics.Interval interval = Statistics.wilson(81, 263);

		assertThat(interval.estimate()).isCloseTo(0.307985, within(1e-6));
		assertThat(interval.low()).isCloseTo(0.255289, within(1e-6));
		assertThat(interval.high()).isCloseTo(0.366210, within(1e-6));
	}

	@Test
	void newcombeIntervalMatchesThePublishedExamples() {
		Statistics.Interval first = Statistics.newcombe(56, 70, 48, 80);
		assertThat(first.estimate()).isCloseTo(0.2, within(1e-9));
		assertThat(first.low()).isCloseTo(0.0524, within(5e-5));
		assertThat(first.high()).isCloseTo(0.3339, within(5e-5));

		Statistics.Interval second = Statistics.newcombe(9, 10, 3, 10);
		assertThat(second.low()).isCloseTo(0.1705, within(5e-5));
		assertThat(second.high()).isCloseTo(0.8090, within(5e-5));

		// A zero count: the interval still makes sense (Wald would collapse).
		Statistics.Interval third = Statistics.newcombe(5, 56, 0, 29);
		assertThat(third.low()).isCloseTo(-0.0381, within(5e-5));
		assertThat(third.high()).isCloseTo(0.1926, within(5e-5));
		assertThat(third.excludesZero()).isFalse();
	}

	@Test
	void studentQuantilesMatchTheTables() {
		assertThat(Statistics.tQuantile(0.975, 1)).isCloseTo(12.706205, within(1e-5));
		assertThat(Statistics.tQuantile(0.975, 10)).isCloseTo(2.228139, within(1e-6));
		assertThat(Statistics.tQuantile(0.975, 2.5)).isCloseTo(3.574655, within(1e-5));
		assertThat(Statistics.tQuantile(0.975, 1000)).isCloseTo(1.962339, within(1e-6));
	}

	@Test
	void welchIntervalMatchesAHandComputation() {
		// A = 1..5 (mean 3, variance 2.5), B = 2,4,..,10 (mean 6, variance 10):
		// se = sqrt(0.5 + 2) = 1.581139, df = 6.25 / (0.0625 + 1) = 5.882353,
		// t(0.975; 5.882) = 2.458824, so -3 ± 3.887742.
		Statistics.Sample a = Statistics.Sample.of(new double[] { 1, 2, 3, 4, 5 });
		Statistics.Sample b = Statistics.Sample.of(new double[] { 2, 4, 6, 8, 10 });
		assertThat(a.variance()).isEqualTo(2.5);
		assertThat(b.variance()).isEqualTo(10.0);

		Statistics.Interval interval = Statistics.welch(a, b);

		assertThat(interval.estimate()).isEqualTo(-3.0);
		assertThat(interval.low()).isCloseTo(-6.887742, within(1e-5));
		assertThat(interval.high()).isCloseTo(0.887742, within(1e-5));
		assertThat(Statistics.welchDefined(a, b)).isTrue();
		assertThat(Statistics.welchDefined(Statistics.Sample.of(new double[] { 4, 4 }),
				Statistics.Sample.of(new double[] { 5, 5 })))
			.isFalse();
	}

}
