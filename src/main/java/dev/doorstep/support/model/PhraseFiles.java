package dev.doorstep.support.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.doorstep.support.Intent;
import org.jspecify.annotations.Nullable;

/**
 * Reads phrase files: a {@code [INTENT]} line starts an intent's phrases, one phrase a
 * line follows; blank lines and lines starting with {@code #} are skipped. The same
 * format serves the training phrases and the held-apart test questions.
 */
public final class PhraseFiles {

	/**
	 * Languages whose phrases ship with Doorstep ({@code support/phrases/<lang>.txt}).
	 */
	public static final List<String> LANGUAGES = List.of("en", "de");

	private PhraseFiles() {
	}

	/** The training phrases that ship in the jar, every language. */
	public static List<LabelledPhrase> training() {
		List<LabelledPhrase> all = new ArrayList<>();
		for (String language : LANGUAGES) {
			String resource = "/support/phrases/" + language + ".txt";
			try (InputStream in = PhraseFiles.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("missing " + resource);
				}
				all.addAll(read(language, in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return List.copyOf(all);
	}

	public static List<LabelledPhrase> read(String language, InputStream in) throws IOException {
		List<LabelledPhrase> phrases = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		@Nullable Intent intent = null;
		int lineNo = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			lineNo++;
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#")) {
				continue;
			}
			if (text.startsWith("[") && text.endsWith("]")) {
				intent = Intent.valueOf(text.substring(1, text.length() - 1).strip());
				continue;
			}
			if (intent == null) {
				throw new IOException("line " + lineNo + ": a phrase before any [INTENT] line");
			}
			phrases.add(new LabelledPhrase(language, intent, text));
		}
		return phrases;
	}

}
