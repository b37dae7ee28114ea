package dev.doorstep.support.phone;

import java.util.Locale;

/**
 * A TwiML document being written: {@code <Say>}, {@code <Gather>}, {@code <Dial>},
 * {@code <Redirect>}, {@code <Hangup/>}. Every text and URL is XML-escaped.
 */
final class Twiml {

	private final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>");

	private final String language;

	/**
	 * @param locale the caller's language; Twilio's voices want a region (en-US, de-DE)
	 */
	Twiml(Locale locale) {
		this.language = "de".equals(locale.getLanguage()) ? "de-DE" : "en-US";
	}

	Twiml say(String text) {
		this.xml.append("<Say language=\"").append(this.language).append("\">").append(escape(text)).append("</Say>");
		return this;
	}

	/**
	 * Keypad digits and speech, ended by {@code #} or a pause; Twilio posts
	 * {@code Digits} or {@code SpeechResult} to {@code action}.
	 */
	Twiml gatherText(String action, String prompt) {
		this.xml.append("<Gather input=\"dtmf speech\" language=\"")
			.append(this.language)
			.append("\" finishOnKey=\"#\" timeout=\"6\" speechTimeout=\"auto\" method=\"POST\" action=\"")
			.append(escape(action))
			.append("\">");
		say(prompt);
		this.xml.append("</Gather>");
		return this;
	}

	/** One key press. */
	Twiml gatherKey(String action, String prompt) {
		this.xml.append("<Gather input=\"dtmf\" numDigits=\"1\" timeout=\"6\" method=\"POST\" action=\"")
			.append(escape(action))
			.append("\">");
		say(prompt);
		this.xml.append("</Gather>");
		return this;
	}

	Twiml dial(String number) {
		this.xml.append("<Dial>").append(escape(number)).append("</Dial>");
		return this;
	}

	Twiml redirect(String url) {
		this.xml.append("<Redirect method=\"POST\">").append(escape(url)).append("</Redirect>");
		return this;
	}

	Twiml hangup() {
		this.xml.append("<Hangup/>");
		return this;
	}

	String xml() {
		return this.xml + "</Response>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&apos;");
	}

}
