package dev.doorstep.console.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Dates, times and amounts as the console shows them: in the shop's time zone and the
 * reader's language. Templates reach it as {@code fmt}.
 */
public record ConsoleFormats(ZoneId zone, Locale locale) {

	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "–";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(this.locale)
			.format(instant.atZone(this.zone));
	}

	public String date(@Nullable Instant instant) {
		return (instant != null) ? date(instant.atZone(this.zone).toLocalDate()) : "–";
	}

	public String date(@Nullable LocalDate date) {
		if (date == null) {
			return "–";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale).format(date);
	}

	/**
	 * The instant as an ISO timestamp with the shop's offset, for
	 * {@code <time datetime>}.
	 */
	public String iso(@Nullable Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(this.zone)) : "";
	}

	public String money(BigDecimal amount, String currency) {
		NumberFormat format = NumberFormat.getCurrencyInstance(this.locale);
		try {
			format.setCurrency(Currency.getInstance(currency));
		}
		catch (IllegalArgumentException ex) {
			return amount.toPlainString() + " " + currency;
		}
		return format.format(amount);
	}

}
