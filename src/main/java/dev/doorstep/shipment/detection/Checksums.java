package dev.doorstep.shipment.detection;

import java.util.List;
import java.util.Locale;

/**
 * The check digit algorithms the tracking number data uses, as pure functions. Each takes
 * the serial (the digits the check digit covers) and the check digit as printed; they
 * follow the reference implementations in {@code CHECKSUM_ALGORITHMS.md} of the data set
 * so that its test numbers validate the same way.
 */
final class Checksums {

	private static final String ALPHABET_36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static final int[] S10_WEIGHTS = { 8, 6, 4, 2, 3, 5, 9, 7 };

	private Checksums() {
	}

	/** The serial read as a number, modulo 7, is the check digit. */
	static boolean mod7(String serial, String checkDigit) {
		if (!serial.chars().allMatch(Character::isDigit)) {
			return false;
		}
		return new java.math.BigInteger(serial).mod(java.math.BigInteger.valueOf(7)).intValue() == digit(checkDigit);
	}

	/**
	 * Weighted sum (weights by position, counted from the left unless reversed), check
	 * digit tops it up to a multiple of ten. Letters count as {@code (ascii - 3) % 10},
	 * which is how UPS maps them.
	 */
	static boolean mod10(String serial, String checkDigit, int evensMultiplier, int oddsMultiplier, boolean reverse) {
		String chars = reverse ? new StringBuilder(serial).reverse().toString() : serial;
		int total = 0;
		for (int i = 0; i < chars.length(); i++) {
			char c = chars.charAt(i);
			int x = Character.isDigit(c) ? c - '0' : (c - 3) % 10;
			x *= (i % 2 == 1) ? oddsMultiplier : evensMultiplier;
			total += x;
		}
		int check = total % 10;
		check = (check == 0) ? 0 : 10 - check;
		return check == digit(checkDigit);
	}

	/** Luhn over the serial: every second digit from the right doubled. */
	static boolean luhn(String serial, String checkDigit) {
		int total = 0;
		for (int i = 0; i < serial.length(); i++) {
			int x = serial.charAt(serial.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				x *= 2;
				if (x > 9) {
					x -= 9;
				}
			}
			total += x;
		}
		int check = total % 10;
		check = (check == 0) ? 0 : 10 - check;
		return check == digit(checkDigit);
	}

	/** UPU S10: weights 8,6,4,2,3,5,9,7 modulo 11; remainder 0 gives 5, 1 gives 0. */
	static boolean s10(String serial, String checkDigit) {
		if (serial.length() != S10_WEIGHTS.length) {
			return false;
		}
		int total = 0;
		for (int i = 0; i < S10_WEIGHTS.length; i++) {
			total += (serial.charAt(i) - '0') * S10_WEIGHTS[i];
		}
		int remainder = total % 11;
		int check = switch (remainder) {
			case 0 -> 5;
			case 1 -> 0;
			default -> 11 - remainder;
		};
		return check == digit(checkDigit);
	}

	/** Sum of digit times weight, then modulo1, then modulo2 (FedEx). */
	static boolean sumProduct(String serial, String checkDigit, List<Integer> weightings, int modulo1, int modulo2) {
		int total = 0;
		for (int i = 0; i < Math.min(serial.length(), weightings.size()); i++) {
			total += (serial.charAt(i) - '0') * weightings.get(i);
		}
		return total % modulo1 % modulo2 == digit(checkDigit);
	}

	/** ISO 7064 MOD 37,36 as DPD prints it: the check character may be a letter. */
	static boolean mod3736(String serial, String checkDigit) {
		int mod = 36;
		int cd = mod;
		for (char c : serial.toUpperCase(Locale.ROOT).toCharArray()) {
			int value = ALPHABET_36.indexOf(c);
			if (value < 0) {
				return false;
			}
			cd = value + cd;
			if (cd > mod) {
				cd -= mod;
			}
			cd *= 2;
			if (cd > mod) {
				cd -= mod + 1;
			}
		}
		cd = (mod + 1) - cd;
		if (cd == mod) {
			cd = 0;
		}
		return String.valueOf(ALPHABET_36.charAt(cd)).equalsIgnoreCase(checkDigit);
	}

	private static int digit(String checkDigit) {
		return (checkDigit.length() == 1 && Character.isDigit(checkDigit.charAt(0))) ? checkDigit.charAt(0) - '0' : -1;
	}

}
