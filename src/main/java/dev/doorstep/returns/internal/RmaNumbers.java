package dev.doorstep.returns.internal;

import java.security.SecureRandom;

/**
 * RMA numbers such as {@code R-7K4P-92QX}: short enough to read out on the phone, random
 * so that one return's number says nothing about another's (40 bits; uniqueness per shop
 * is checked on insert). Crockford's alphabet leaves out I, L, O and U, which are
 * misread.
 */
public final class RmaNumbers {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private RmaNumbers() {
	}

	public static String next() {
		StringBuilder rma = new StringBuilder("R-");
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				rma.append('-');
			}
			rma.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return rma.toString();
	}

}
