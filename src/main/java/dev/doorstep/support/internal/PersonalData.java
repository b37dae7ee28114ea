package dev.doorstep.support.internal;

import java.util.regex.Pattern;

/**
 * Masks the personal data shoppers type into questions before a question is stored: email
 * addresses, phone numbers (seven or more digits with the usual separators, or starting
 * with + or 00) and postcodes (a UK postcode, or five digits next to "PLZ", "postcode",
 * "zip" or before a capitalized place name, "10115 Berlin"). Order numbers stay: they are
 * what a hand-over needs and say nothing about a person.
 */
public final class PersonalData {

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private static final Pattern PHONE = Pattern.compile("(?<![\\w])(\\+|00)?\\d[\\d ()/.-]{5,}\\d(?![\\w])");

	private static final Pattern UK_POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LABELLED_POSTCODE = Pattern
		.compile("(?i)\\b(plz|postleitzahl|postcode|post code|zip|zip code)\\W{0,3}\\d{4,5}\\b");

	private static final Pattern POSTCODE_AND_PLACE = Pattern.compile("\\b\\d{5}(?= \\p{Lu}\\p{Ll}+)");

	private PersonalData() {
	}

	public static String mask(String text) {
		String masked = EMAIL.matcher(text).replaceAll("[email]");
		masked = LABELLED_POSTCODE.matcher(masked).replaceAll("$1 [postcode]");
		masked = POSTCODE_AND_PLACE.matcher(masked).replaceAll("[postcode]");
		masked = UK_POSTCODE.matcher(masked).replaceAll("[postcode]");
		masked = PHONE.matcher(masked).replaceAll(match -> {
			String digits = match.group().replaceAll("\\D", "");
			return (digits.length() >= 7) ? "[phone]" : match.group();
		});
		return masked;
	}

}
