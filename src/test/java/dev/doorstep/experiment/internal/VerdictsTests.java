package dev.doorstep.experiment.internal;

import java.util.Locale;

import dev.doorstep.experiment.ExperimentReport.Metric;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictsTests {

	private final Verdicts verdicts = new Verdicts(messages());

	@Test
	void aClearRiseNamesTheArmTheSizeAndTheInterval() {
		// 60/200 against 40/200: +10.0 pp, Newcombe 95 % CI 1.51 to 18.32 pp.
		Statistics.Interval interval = Statistics.newcombe(60, 200, 40, 200);

		assertThat(this.verdicts.verdict("B", "holdout", Metric.REPURCHASE_90, interval, Locale.ENGLISH))
			.isEqualTo("B raises 90-day repurchase by 10.0 pp, 95 % CI 1.5–18.3");
		assertThat(this.verdicts.verdict("B", "holdout", Metric.REPURCHASE_90, interval, Locale.GERMAN))
			.isEqualTo("B erhöht den Wiederkauf in 90 Tagen um 10,0 Prozentpunkte, 95-%-KI 1,5–18,3");
	}

	@Test
	void aClearFallIsSaidAsLoweringWithPositiveBounds() {
		Statistics.Interval interval = Statistics.newcombe(40, 200, 60, 200);

		assertThat(this.verdicts.verdict("B", "A", Metric.RETURN_RATE, interval, Locale.ENGLISH))
			.isEqualTo("B lowers return rate by 10.0 pp, 95 % CI 1.5–18.3");
	}

	@Test
	void anIntervalAcrossZeroIsNoClearDifference() {
		// 33/1000 against 21/1000: +1.2 pp, 95 % CI -0.24 to 2.69 pp.
		Statistics.Interval interval = Statistics.newcombe(33, 1000, 21, 1000);

		assertThat(this.verdicts.verdict("B", "holdout", Metric.REPURCHASE_90, interval, Locale.ENGLISH))
			.isEqualTo("No clear difference in 90-day repurchase between B and holdout (95 % CI -0.2 to 2.7 pp)");
	}

	@Test
	void tooFewShoppersSaysSo() {
		assertThat(this.verdicts.verdict("B", "holdout", Metric.CSAT, null, Locale.ENGLISH))
			.isEqualTo("No clear difference in CSAT between B and holdout yet (n too small)");
		assertThat(this.verdicts.verdict("B", "holdout", Metric.CSAT, null, Locale.GERMAN))
			.isEqualTo("Noch kein klarer Unterschied bei Zufriedenheit (CSAT) zwischen B und holdout (n zu klein)");
	}

	@Test
	void meansAreShownWithTwoDecimalsAndTheirUnit() {
		Statistics.Interval interval = new Statistics.Interval(0.4, 0.1, 0.7);

		assertThat(this.verdicts.verdict("B", "A", Metric.CSAT, interval, Locale.ENGLISH))
			.isEqualTo("B raises CSAT by 0.40 points, 95 % CI 0.10–0.70");
		assertThat(this.verdicts.verdict("B", "A", Metric.VISITS, new Statistics.Interval(-0.5, -0.8, -0.2),
				Locale.ENGLISH))
			.isEqualTo("B lowers tracking-page visits per shopper by 0.50, 95 % CI 0.20–0.80");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/experiment");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
