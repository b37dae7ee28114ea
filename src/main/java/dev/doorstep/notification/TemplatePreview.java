package dev.doorstep.notification;

/**
 * What a template gives with sample data, or why it cannot be used.
 */
public sealed interface TemplatePreview {

	/** The message as the recipient would see it. */
	record Rendered(String subject, String html, String text, String shortText) implements TemplatePreview {
	}

	/**
	 * The template does not compile or run, e.g. a section that is never closed.
	 *
	 * @param field {@code subject}, {@code body} or {@code shortText}
	 * @param error the template engine's words, with the line where it has one
	 */
	record Invalid(String field, String error) implements TemplatePreview {
	}

}
