package dev.doorstep.experiment;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Trigger;

/** What an experiment changes. */
public sealed interface Target {

	/** {@code journey-step} or {@code page-module}, for pages and JSON. */
	String kind();

	/** The send step of the journey for {@code trigger} that sends on {@code channel}. */
	record JourneyStep(Trigger trigger, Channel channel) implements Target {

		@Override
		public String kind() {
			return "journey-step";
		}

	}

	/**
	 * A block of the tracking page, by its {@code PageBlocks.module()} name (e.g.
	 * {@code recommendations}).
	 */
	record PageModule(String module) implements Target {

		@Override
		public String kind() {
			return "page-module";
		}

	}

}
