package dev.doorstep.insert.internal;

import java.security.SecureRandom;

/**
 * Turns a pattern such as {@code THANKS-{XXXXXX}} into a code: each {@code X} inside the
 * braces is one random character. The alphabet leaves out 0, O, 1, I, L and U, which
 * shoppers mistype from a printed card.
 */
public final class CodePatterns {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

	/** At least this many random characters: 30^6 ≈ 7 · 10^8 codes per pattern. */
	public static final int MIN_RANDOM = 6;

	private static final SecureRandom RANDOM = new SecureRandom();

	private CodePatterns() {
	}

	/** Why the pattern cannot be used, or null when it can. */
	public static @org.jspecify.annotations.Nullable String problem(String pattern) {
		int open = pattern.indexOf('{');
		int close = pattern.indexOf('}');
		if (open < 0 || close < open || pattern.indexOf('{', open + 1) >= 0) {
			return "must contain one {XXXXXX} block";
		}
		String block = pattern.substring(open + 1, close);
		if (!block.matches("X+") || block.length() < MIN_RANDOM) {
			return "the {…} block must hold at least " + MIN_RANDOM + " X";
		}
		String fixed = pattern.substring(0, open) + pattern.substring(close + 1);
		if (!fixed.matches("[A-Z0-9_-]*") || pattern.length() > 40) {
			return "only A–Z, 0–9, - and _ outside the block, at most 40 characters";
		}
		return null;
	}

	public static String next(String pattern) {
		int open = pattern.indexOf('{');
		int close = pattern.indexOf('}');
		StringBuilder code = new StringBuilder(pattern.substring(0, open));
		for (int i = open + 1; i < close; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.append(pattern.substring(close + 1)).toString();
	}

}
