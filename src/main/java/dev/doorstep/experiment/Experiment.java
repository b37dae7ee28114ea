package dev.doorstep.experiment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * An experiment as stored. Its target, arms and holdout are fixed at creation: changing
 * them while shoppers are assigned would mix two experiments in one report.
 *
 * @param holdout share from 0 to below 1 of shoppers who get nothing (no message, no
 * block)
 */
public record Experiment(UUID id, ShopId shopId, String name, Target target, List<Arm> arms, double holdout,
		ExperimentStatus status, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant stoppedAt) {

	/** The name of the arm of shoppers who get nothing. */
	public static final String HOLDOUT = "holdout";

	public Experiment {
		arms = List.copyOf(arms);
	}

	public boolean running() {
		return this.status == ExperimentStatus.RUNNING;
	}

	/** The arm by name; {@code null} for the holdout or an unknown name. */
	public @Nullable Arm arm(String name) {
		return this.arms.stream().filter(arm -> arm.name().equals(name)).findFirst().orElse(null);
	}

}
