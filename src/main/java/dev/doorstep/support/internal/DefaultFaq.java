package dev.doorstep.support.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.doorstep.support.FaqTopic;
import org.jspecify.annotations.Nullable;

/**
 * The FAQ every shop starts with, from {@code support/faq/<language>.md}: a
 * {@code ## TOPIC} line opens a topic, a {@code ### } line is a question, the lines up to
 * the next heading its Markdown answer.
 */
public final class DefaultFaq {

	/** Languages that have a default set. */
	public static final List<String> LANGUAGES = List.of("en", "de");

	private DefaultFaq() {
	}

	/** One default question. */
	public record Item(FaqTopic topic, String question, String answer) {
	}

	public static List<Item> items(String language) {
		String resource = "/support/faq/" + language + ".md";
		try (InputStream in = DefaultFaq.class.getResourceAsStream(resource)) {
			if (in == null) {
				return List.of();
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Item> parse(String text) {
		List<Item> items = new ArrayList<>();
		@Nullable FaqTopic topic = null;
		@Nullable String question = null;
		StringBuilder answer = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			if (line.startsWith("## ") || line.startsWith("### ")) {
				if (topic != null && question != null) {
					items.add(new Item(topic, question, answer.toString().strip()));
				}
				question = null;
				answer.setLength(0);
				if (line.startsWith("### ")) {
					question = line.substring(4).strip();
				}
				else {
					topic = FaqTopic.valueOf(line.substring(3).strip());
				}
			}
			else if (question != null) {
				answer.append(line).append('\n');
			}
		}
		if (topic != null && question != null) {
			items.add(new Item(topic, question, answer.toString().strip()));
		}
		return List.copyOf(items);
	}

}
