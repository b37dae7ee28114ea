package dev.doorstep.experiment;

import java.time.Duration;

import dev.doorstep.notification.Channel;
import org.jspecify.annotations.Nullable;

/**
 * One variant of an experiment: its name in reports, its weight among the variants (the
 * holdout share is taken first), and what it changes. For a journey step, {@code null}
 * fields keep the journey's own subject, body, channel and timing; for a page module,
 * {@code showsModule} says whether the block is shown.
 *
 * @param delay the wait after the trigger instead of the journey's own delays
 */
public record Arm(String name, int weight, @Nullable String subject, @Nullable String body, @Nullable Channel channel,
		@Nullable Duration delay, boolean showsModule) {

	/** A page-module arm. */
	public static Arm page(String name, int weight, boolean showsModule) {
		return new Arm(name, weight, null, null, null, null, showsModule);
	}

	/** A journey-step arm. */
	public static Arm message(String name, int weight, @Nullable String subject, @Nullable String body,
			@Nullable Channel channel, @Nullable Duration delay) {
		return new Arm(name, weight, subject, body, channel, delay, true);
	}

}
