package dev.doorstep.returns.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts as the shopper reads them: "12,50 €" in German, "€12.50" in English. */
final class Money {

	private Money() {
	}

	static String format(BigDecimal amount, String currency, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		try {
			Currency code = Currency.getInstance(currency);
			format.setCurrency(code);
			format.setMinimumFractionDigits(code.getDefaultFractionDigits());
			format.setMaximumFractionDigits(code.getDefaultFractionDigits());
		}
		catch (IllegalArgumentException ex) {
			return amount.toPlainString() + " " + currency;
		}
		return format.format(amount);
	}

}
