package dev.doorstep.experiment;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Trigger;

/** What an experiment changes. */
public sealed interface Target {

	/** The send step of the journey for {@code trigger} that sends on {@code channel}. */
	record JourneyStep(Trigger trigger, Channel channel) implements Target {
	}

	/**
	 * A block of the tracking page, by its {@code PageBlocks.module()} name (e.g.
	 * {@code recommendations}).
	 */
	record PageModule(String module) implements Target {
	}

}
