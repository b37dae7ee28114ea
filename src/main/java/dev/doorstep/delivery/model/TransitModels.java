package dev.doorstep.delivery.model;

import org.jspecify.annotations.Nullable;

/** Creates transit models. */
public final class TransitModels {

	private TransitModels() {
	}

	/**
	 * An empty model that learns as deliveries arrive.
	 * @param fallback asked when this model's own history is too thin, e.g. the model of
	 * every shop on the installation for one shop's model; {@code null} for none
	 */
	public static TransitModel create(ModelSettings settings, @Nullable TransitModel fallback) {
		return new EmpiricalTransitModel(settings, fallback);
	}

}
