package dev.doorstep.support;

import java.util.UUID;

/**
 * One question of a shop's FAQ in one language.
 *
 * @param position the place within its topic, from 0
 * @param answer the answer as Markdown; render it with {@link Faqs#html(String)} only
 */
public record FaqEntry(UUID id, String locale, FaqTopic topic, int position, String question, String answer) {
}
