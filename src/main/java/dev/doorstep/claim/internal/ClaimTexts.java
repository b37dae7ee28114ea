package dev.doorstep.claim.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

import dev.doorstep.claim.ClaimStatus;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Eligibility;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The shopper's words for claims ({@code messages/claim*.properties}): types, statuses
 * and the eligibility rules, dates in the shopper's language.
 */
@Component
public class ClaimTexts {

	private final MessageSource messages;

	ClaimTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	public String type(ClaimType type, Locale locale) {
		return text("claim.type." + type.key(), locale);
	}

	public String status(ClaimStatus status, Locale locale) {
		return text("claim.status." + status.name().toLowerCase(Locale.ROOT), locale);
	}

	/** The rule that decided, with its days and dates filled in. */
	public String reason(Eligibility eligibility, Locale locale) {
		Object[] args = eligibility.args().stream().map(arg -> (Object) date(arg, locale)).toArray();
		return this.messages.getMessage(eligibility.reason(), args, locale);
	}

	/** An ISO date argument as the shopper writes dates; anything else as it is. */
	private static String date(String arg, Locale locale) {
		if (arg.length() != 10 || arg.charAt(4) != '-') {
			return arg;
		}
		try {
			return LocalDate.parse(arg).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		}
		catch (DateTimeParseException ex) {
			return arg;
		}
	}

}
