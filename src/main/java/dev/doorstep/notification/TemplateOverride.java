package dev.doorstep.notification;

import java.time.Instant;

/**
 * A shop's own wording for one trigger and language, used instead of the bundled texts.
 *
 * @param locale the language code ({@code en}, {@code de}, ...)
 */
public record TemplateOverride(Trigger trigger, String locale, TemplateTexts texts, Instant updatedAt) {
}
