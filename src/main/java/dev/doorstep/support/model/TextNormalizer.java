package dev.doorstep.support.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings what shoppers type to one spelling: lower case, umlauts and their ASCII
 * spellings alike ("zurück", "zurueck" and "zuruck" all become "zuruck"), ß as ss,
 * accents dropped, punctuation gone, digits kept. The model sees only this form, so
 * capitals, missing umlauts and punctuation cost nothing.
 */
public final class TextNormalizer {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	/** ASCII spellings of umlauts; folded like the umlauts themselves. */
	private static final Pattern UMLAUT_SPELLING = Pattern.compile("(?<=[a-z])([aou])e");

	private TextNormalizer() {
	}

	public static String normalize(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
		String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		String folded = UMLAUT_SPELLING.matcher(plain).replaceAll("$1");
		return NOT_WORD.matcher(folded).replaceAll(" ").strip();
	}

	public static List<String> words(String text) {
		String normalized = normalize(text);
		return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
	}

}
