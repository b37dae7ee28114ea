package dev.doorstep.returns.label;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The label's words in the shopper's language, from
 * {@code returns/label/messages*.properties} (UTF-8). A language without a file falls
 * back to English, never to the server's default locale: a label must not change language
 * with the machine it was made on.
 */
final class LabelTexts {

	private static final ResourceBundle.Control NO_SERVER_LOCALE = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final ResourceBundle bundle;

	private final Locale locale;

	LabelTexts(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("returns.label.messages", locale, LabelTexts.class.getClassLoader(),
				NO_SERVER_LOCALE);
	}

	/**
	 * Every text goes through {@link MessageFormat}, with or without arguments, so a
	 * translator's quote means the same in every key (the files use the typographic
	 * apostrophe, which needs no escaping).
	 */
	String text(String key, Object... arguments) {
		return new MessageFormat(this.bundle.getString(key), this.locale).format(arguments);
	}

	/** The country's name in the label's language, upper case as posts print it. */
	String country(String code) {
		String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(this.locale);
		return (name.isBlank() ? code : name).toUpperCase(this.locale);
	}

}
