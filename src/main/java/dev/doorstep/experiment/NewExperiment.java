package dev.doorstep.experiment;

import java.util.List;

/**
 * What the merchant asks for; checked by {@link Experiments#create}.
 *
 * @param holdout share from 0 to below 1 of shoppers who get nothing
 */
public record NewExperiment(String name, Target target, List<Arm> arms, double holdout) {

	public NewExperiment {
		arms = List.copyOf(arms);
	}

}
