package dev.doorstep.notification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.JourneyStep;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ExperimentsTests {

	private final JourneyStep.Experiment experiment = new JourneyStep.Experiment(
			List.of(new JourneyStep.Variant("a", 1, null, null), new JourneyStep.Variant("b", 3, "Subject B", null)),
			0.1);

	@Test
	void armsFillTheirSharesAndAShopperAlwaysGetsTheSameArm() {
		UUID journey = UUID.randomUUID();
		Map<String, Integer> counts = new HashMap<>();
		int shoppers = 20_000;
		for (int i = 0; i < shoppers; i++) {
			String shopper = "shopper-" + i + "@example.com";
			String arm = Experiments.arm(this.experiment, journey, shopper);
			assertThat(Experiments.arm(this.experiment, journey, shopper.toUpperCase())).isEqualTo(arm);
			counts.merge(arm, 1, Integer::sum);
		}
		assertThat(counts.get(Experiments.HOLDOUT) / (double) shoppers).isCloseTo(0.10, within(0.01));
		assertThat(counts.get("a") / (double) shoppers).isCloseTo(0.225, within(0.015));
		assertThat(counts.get("b") / (double) shoppers).isCloseTo(0.675, within(0.015));
	}

	@Test
	void anotherJourneyShufflesShoppersAnew() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		int same = 0;
		for (int i = 0; i < 2_000; i++) {
			String shopper = "s" + i;
			if (Experiments.arm(this.experiment, first, shopper)
				.equals(Experiments.arm(this.experiment, second, shopper))) {
				same++;
			}
		}
		// Independent draws agree about 0.1² + 0.225² + 0.675² ≈ 52 % of the time.
		assertThat(same / 2_000.0).isBetween(0.45, 0.60);
	}

	@Test
	void badSharesAreRefused() {
		assertThatThrownBy(() -> new JourneyStep.Experiment(List.of(new JourneyStep.Variant("a", 1, null, null)), 1.0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new JourneyStep.Experiment(List.of(new JourneyStep.Variant("a", 0, null, null)), 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
