package dev.doorstep.notification;

import java.util.List;
import java.util.UUID;

/**
 * A shop's reaction to one trigger: steps run in order each time the trigger fires.
 */
public record Journey(UUID id, Trigger trigger, String name, boolean enabled, List<JourneyStep> steps) {

	public Journey {
		steps = List.copyOf(steps);
		if (steps.stream().noneMatch(JourneyStep.Send.class::isInstance)) {
			throw new IllegalArgumentException("A journey needs at least one send step");
		}
	}

	public List<JourneyStep.Send> sends() {
		return this.steps.stream()
			.filter(JourneyStep.Send.class::isInstance)
			.map(JourneyStep.Send.class::cast)
			.toList();
	}

}
