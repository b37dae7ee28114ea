package dev.doorstep.experiment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.doorstep.experiment.Arm;
import dev.doorstep.experiment.Experiment;
import dev.doorstep.order.Order;

/**
 * Pure assignment: a shopper's arm is a function of the experiment's id and the shopper's
 * key, so every node and every page view agrees without asking the database, and
 * different experiments split the same shoppers independently.
 */
public final class Assignments {

	private Assignments() {
	}

	/**
	 * The shopper behind an order: a SHA-256 of the trimmed, lower-cased email (the same
	 * person across orders, without storing the address), else the order itself.
	 */
	public static String shopperKey(Order order) {
		String email = order.customer().email();
		if (email == null || email.isBlank()) {
			return "order:" + order.id().value();
		}
		return "email:" + HexFormat.of().formatHex(sha256(email.strip().toLowerCase(Locale.ROOT))).substring(0, 40);
	}

	/** The arm's name, or {@link Experiment#HOLDOUT}. */
	public static String arm(UUID experiment, List<Arm> arms, double holdout, String shopperKey) {
		double bucket = bucket(experiment, shopperKey);
		if (bucket < holdout) {
			return Experiment.HOLDOUT;
		}
		// The rest spread over the variants by weight.
		double position = (bucket - holdout) / (1 - holdout);
		int total = arms.stream().mapToInt(Arm::weight).sum();
		double cumulative = 0;
		for (Arm arm : arms) {
			cumulative += (double) arm.weight() / total;
			if (position < cumulative) {
				return arm.name();
			}
		}
		return arms.getLast().name();
	}

	public static String arm(Experiment experiment, String shopperKey) {
		return arm(experiment.id(), experiment.arms(), experiment.holdout(), shopperKey);
	}

	/** A number in [0, 1), evenly spread, from the first 56 bits of a SHA-256. */
	static double bucket(UUID experiment, String shopperKey) {
		byte[] hash = sha256(experiment + ":" + shopperKey);
		long value = 0;
		for (int i = 0; i < 7; i++) {
			value = (value << 8) | (hash[i] & 0xff);
		}
		return (double) value / (1L << 56);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
