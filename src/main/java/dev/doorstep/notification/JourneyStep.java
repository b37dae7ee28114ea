package dev.doorstep.notification;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.doorstep.shipment.TrackingStatus;
import org.jspecify.annotations.Nullable;

/**
 * One step of a journey. Flow control ({@link Condition}, {@link Delay}, {@link Digest})
 * decides whether and when; delivery ({@link Send}) decides where. Steps run in order; a
 * condition that fails ends the journey for this event.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = JourneyStep.Condition.class, name = "condition"),
		@JsonSubTypes.Type(value = JourneyStep.Delay.class, name = "delay"),
		@JsonSubTypes.Type(value = JourneyStep.Digest.class, name = "digest"),
		@JsonSubTypes.Type(value = JourneyStep.Send.class, name = "send") })
public sealed interface JourneyStep {

	/** Steps that decide whether and when, never where. */
	sealed interface FlowControl extends JourneyStep {

	}

	/**
	 * Passes when every given filter matches; an empty filter matches everything.
	 *
	 * @param minShipmentValue order value the parcel's order must reach, in its currency
	 * @param minHoursInStatus how long the parcel must have been in its status (stalled
	 * parcels)
	 */
	record Condition(@Nullable Set<String> carriers, @Nullable Set<String> countries,
			@Nullable Set<TrackingStatus> statuses, @Nullable BigDecimal minShipmentValue,
			@Nullable Integer minHoursInStatus) implements FlowControl {
	}

	/** Waits before the next step. */
	record Delay(Duration duration) implements FlowControl {
	}

	/**
	 * Holds the message for {@code window}; other parcels of the same order updated
	 * meanwhile go out in the same message.
	 */
	record Digest(Duration window) implements FlowControl {
	}

	/**
	 * Sends on {@code channel}; when {@code fallback} is set and the message is neither
	 * opened nor clicked within its wait, the fallback channel gets the same message. An
	 * {@code experiment} splits recipients into variants and a holdout that gets nothing.
	 */
	record Send(Channel channel, @Nullable Fallback fallback, @Nullable Experiment experiment) implements JourneyStep {

		public Send(Channel channel, @Nullable Fallback fallback) {
			this(channel, fallback, null);
		}

		public static Send of(Channel channel) {
			return new Send(channel, null, null);
		}

	}

	/**
	 * Variants of a message with their traffic shares, and the share that gets no message
	 * (to measure what the message changes). A shopper always lands in the same arm of
	 * the same journey.
	 *
	 * @param holdout share from 0 to 1 that gets nothing
	 */
	record Experiment(List<Variant> variants, double holdout) {

		public Experiment {
			variants = List.copyOf(variants);
			if (holdout < 0 || holdout >= 1) {
				throw new IllegalArgumentException("holdout must be at least 0 and below 1");
			}
			if (variants.isEmpty() || variants.stream().anyMatch(variant -> variant.weight() <= 0)) {
				throw new IllegalArgumentException("an experiment needs variants with positive weights");
			}
		}

	}

	/**
	 * One arm: its name in reports, its weight among the variants, and the texts it
	 * changes (Mustache like the defaults; {@code null} keeps the default text).
	 */
	record Variant(String name, int weight, @Nullable String subject, @Nullable String body) {
	}

	/** A second channel for a message that went unnoticed. */
	record Fallback(Channel channel, Duration after) {
	}

	static List<JourneyStep> of(JourneyStep... steps) {
		return List.of(steps);
	}

}
