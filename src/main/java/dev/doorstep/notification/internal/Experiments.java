package dev.doorstep.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

import dev.doorstep.notification.JourneyStep;
import org.jspecify.annotations.Nullable;

/**
 * Stable assignment of shoppers to experiment arms: a hash of journey and shopper, so the
 * same shopper lands in the same arm every time, and arms fill in their shares.
 */
public final class Experiments {

	/** The arm name of shoppers who get no message. */
	public static final String HOLDOUT = "holdout";

	private Experiments() {
	}

	public static String arm(JourneyStep.Experiment experiment, UUID journey, String shopper) {
		double bucket = bucket(journey, shopper);
		if (bucket < experiment.holdout()) {
			return HOLDOUT;
		}
		// Spread the rest over the variants by weight.
		double position = (bucket - experiment.holdout()) / (1 - experiment.holdout());
		int total = experiment.variants().stream().mapToInt(JourneyStep.Variant::weight).sum();
		double cumulative = 0;
		for (JourneyStep.Variant variant : experiment.variants()) {
			cumulative += (double) variant.weight() / total;
			if (position < cumulative) {
				return variant.name();
			}
		}
		return experiment.variants().getLast().name();
	}

	public static JourneyStep.@Nullable Variant variant(JourneyStep.@Nullable Experiment experiment,
			@Nullable String arm) {
		if (experiment == null || arm == null) {
			return null;
		}
		return experiment.variants().stream().filter(variant -> variant.name().equals(arm)).findFirst().orElse(null);
	}

	/** A number in [0, 1) from journey and shopper, evenly spread. */
	static double bucket(UUID journey, String shopper) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((journey + ":" + shopper.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
			long value = 0;
			for (int i = 0; i < 7; i++) {
				value = (value << 8) | (hash[i] & 0xff);
			}
			return (double) value / (1L << 56);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
