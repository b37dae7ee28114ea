package dev.doorstep.notification;

import java.time.Duration;
import java.util.Optional;

import dev.doorstep.order.Order;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * Variants of a journey's send step decided outside the journey (the experiment module
 * implements it; notification must not depend on it). The planner asks once per planned
 * message of a send step without its own {@link JourneyStep.Experiment}; without an
 * implementation, or with an empty answer, the journey runs as configured.
 */
public interface JourneyVariants {

	/** No experiment anywhere: the default when no module implements this. */
	JourneyVariants NONE = new JourneyVariants() {

		@Override
		public Optional<Variant> variant(ShopId shop, Trigger trigger, Channel channel, Order order) {
			return Optional.empty();
		}

		@Override
		public Optional<JourneyStep.Variant> copy(ShopId shop, String tag) {
			return Optional.empty();
		}

	};

	/**
	 * The variant this order's shopper gets for the step that sends {@code trigger} on
	 * {@code channel}; empty for the journey as configured. Called inside the planner's
	 * transaction, so what the implementation records commits with the planned message.
	 */
	Optional<Variant> variant(ShopId shop, Trigger trigger, Channel channel, Order order);

	/**
	 * The texts a variant sends instead of the shop's ({@code null} fields keep them),
	 * asked when the message is rendered.
	 * @param tag the message's {@link Message#variant()}
	 */
	Optional<JourneyStep.Variant> copy(ShopId shop, String tag);

	/**
	 * What changes for one shopper.
	 *
	 * @param tag recorded as the message's {@link Message#variant()}: {@code arm@source},
	 * e.g. {@code B@3f0c...}; the arm {@code holdout} is sent nothing
	 * @param channel the channel to send on instead of the step's, or null
	 * @param delay the wait after the trigger instead of the journey's own delays, or
	 * null
	 */
	record Variant(String tag, @Nullable Channel channel, @Nullable Duration delay) {

		public Variant {
			if (tag.indexOf('@') <= 0) {
				throw new IllegalArgumentException("a variant tag is arm@source");
			}
		}

		public static Variant holdout(String source) {
			return new Variant(HOLDOUT + "@" + source, null, null);
		}

		public boolean holdout() {
			return isHoldout(this.tag);
		}

	}

	/** The arm of shoppers who get no message. */
	String HOLDOUT = "holdout";

	/**
	 * Whether a message's variant is a holdout (of a journey's or an outside experiment).
	 */
	static boolean isHoldout(@Nullable String variant) {
		return variant != null && (variant.equals(HOLDOUT) || variant.startsWith(HOLDOUT + "@"));
	}

	/** Whether a message's variant came from an implementation of this interface. */
	static boolean isOutside(@Nullable String variant) {
		return variant != null && variant.indexOf('@') > 0;
	}

	/** The arm of a variant tag ({@code B} of {@code B@3f0c...}). */
	static String arm(String variant) {
		int at = variant.indexOf('@');
		return (at > 0) ? variant.substring(0, at) : variant;
	}

}
