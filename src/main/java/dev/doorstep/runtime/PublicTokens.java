package dev.doorstep.runtime;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random keys for public links. 144 bits from a CSPRNG: nothing about the order or the
 * tracking number can be read from or guessed into one.
 */
public final class PublicTokens {

	public static final int BYTES = 18;

	private static final SecureRandom RANDOM = new SecureRandom();

	private PublicTokens() {
	}

	public static String next() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Whether a string could be a token at all, so malformed look-ups never reach the
	 * database.
	 */
	public static boolean wellFormed(String token) {
		return token.length() == 24 && token.chars()
			.allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_');
	}

}
