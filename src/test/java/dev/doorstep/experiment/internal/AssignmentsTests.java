package dev.doorstep.experiment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.experiment.Arm;
import dev.doorstep.experiment.Experiment;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.shop.ShopId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AssignmentsTests {

	private final UUID experiment = UUID.randomUUID();

	private final List<Arm> arms = List.of(Arm.page("A", 1, true), Arm.page("B", 3, false));

	@Test
	void splitsTenThousandShoppersCloseToHoldoutAndWeights() {
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i < 10_000; i++) {
			counts.merge(Assignments.arm(this.experiment, this.arms, 0.2, "email:" + i), 1, Integer::sum);
		}

		// 20 % holdout, the remaining 80 % split 1:3 -> 20 % and 60 %; binomial standard
		// error at n = 10,000 is at most 0.5 pp, so 1.5 pp is three of them.
		assertThat(counts.get(Experiment.HOLDOUT) / 10_000.0).isCloseTo(0.20, within(0.015));
		assertThat(counts.get("A") / 10_000.0).isCloseTo(0.20, within(0.015));
		assertThat(counts.get("B") / 10_000.0).isCloseTo(0.60, within(0.015));
	}

	@Test
	void aShopperAlwaysLandsInTheSameArmAndExperimentsSplitIndependently() {
		UUID other = UUID.randomUUID();
		int same = 0;
		for (int i = 0; i < 10_000; i++) {
			String shopper = "email:" + i;
			String arm = Assignments.arm(this.experiment, this.arms, 0.2, shopper);
			assertThat(Assignments.arm(this.experiment, this.arms, 0.2, shopper)).isEqualTo(arm);
			if (arm.equals(Assignments.arm(other, this.arms, 0.2, shopper))) {
				same++;
			}
		}
		// Independent: agreement 0.2² + 0.2² + 0.6² = 44 %, not the 100 % of a shared
		// hash.
		assertThat(same / 10_000.0).isCloseTo(0.44, within(0.02));
	}

	@Test
	void theShopperKeyIsTheNormalizedEmailHashElseTheOrder() {
		Order mixedCase = order("  Anna.Schmidt@Example.COM ");
		Order lower = order("anna.schmidt@example.com");
		Order none = order(null);

		assertThat(Assignments.shopperKey(mixedCase)).isEqualTo(Assignments.shopperKey(lower))
			.startsWith("email:")
			.doesNotContain("anna");
		assertThat(Assignments.shopperKey(none)).isEqualTo("order:" + none.id().value());
	}

	private static Order order(String email) {
		Instant now = Instant.parse("2026-11-01T10:00:00Z");
		return new Order(new OrderId(UUID.randomUUID()), new ShopId(UUID.randomUUID()), "ext", "1", now, "EUR", "en",
				new Order.Customer(email, null, "Anna", null), null, List.of(), BigDecimal.TEN, OrderStatus.PLACED, now,
				now);
	}

}
