package dev.doorstep.recommendation.cli;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-sell read under load, as {@code bench/run-recommend.sh} measures it: a model
 * of 50,000 generated baskets, two threads recommending while a third learns 1,000
 * baskets a second. Tagged {@code bench}: kept out of the normal test run; run it with
 * {@code ./mvnw verify -Dexcluded.test.groups=none -Dgroups=bench -Dtest=RecommendBenchTests}.
 */
@Tag("bench")
class RecommendBenchTests {

	@Test
	void recommendationsAreACheapReadWhileTheModelLearns() {
		Map<String, Object> figures = RecommendBench.run(50_000, 2, 1_000, Duration.ofSeconds(10));
		System.out.println("recommend bench: " + figures);
		assertThat(figures.get("items")).isEqualTo(BasketGenerator.ITEMS);
		// Loose bounds: the machine is shared; the figures are printed and go to
		// bench/README.md.
		assertThat((Long) figures.get("recommendations_per_second")).isGreaterThan(5_000L);
		assertThat((Double) figures.get("p99_us")).isLessThan(10_000.0);
		assertThat((Long) figures.get("learned_per_second")).isGreaterThan(500L);
	}

}
