package dev.doorstep.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.doorstep.notification.internal.Renderer;
import dev.doorstep.notification.internal.SampleRenders;
import dev.doorstep.notification.internal.TemplateRepository;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's own wording per trigger and language. Texts are Mustache templates rendered as
 * plain text and escaped by the email layout, so a merchant's text prints values but
 * never runs code or adds markup. A text that does not compile is refused, never saved.
 */
@Service
public class NotificationTemplates {

	private final TemplateRepository templates;

	private final Renderer renderer;

	private final SampleRenders samples;

	private final Clock clock;

	NotificationTemplates(TemplateRepository templates, Renderer renderer, SampleRenders samples, Clock clock) {
		this.templates = templates;
		this.renderer = renderer;
		this.samples = samples;
		this.clock = clock;
	}

	public List<TemplateOverride> overrides(ShopId shop) {
		return this.templates.all(shop);
	}

	public Optional<TemplateOverride> override(ShopId shop, Trigger trigger, Locale locale) {
		return this.templates.find(shop, trigger, locale.getLanguage());
	}

	/** The bundled wording, where an override starts from. */
	public TemplateTexts defaults(Trigger trigger, Locale locale) {
		return this.renderer.bundled(trigger, locale);
	}

	/** The shop's wording in force: its override, else the bundled texts. */
	public TemplateTexts current(ShopId shop, Trigger trigger, Locale locale) {
		return override(shop, trigger, locale).map(TemplateOverride::texts).map(own -> {
			// Texts saved before headlines were editable keep the bundled headline.
			return own.headline().isBlank() ? new TemplateTexts(own.subject(), defaults(trigger, locale).headline(),
					own.body(), own.shortText()) : own;
		}).orElseGet(() -> defaults(trigger, locale));
	}

	/**
	 * Renders {@code draft} (or the wording in force) with a sample order as an email
	 * would show it.
	 */
	public TemplatePreview preview(ShopId shop, Trigger trigger, Locale locale, @Nullable TemplateTexts draft) {
		return this.samples.preview(shop, trigger, locale, draft);
	}

	/**
	 * Saves the texts when they render with sample data.
	 * @return the rendering, or why the texts were refused (nothing saved then)
	 */
	@Transactional
	public TemplatePreview save(ShopId shop, Trigger trigger, Locale locale, TemplateTexts texts) {
		TemplatePreview checked = preview(shop, trigger, locale, texts);
		if (checked instanceof TemplatePreview.Rendered) {
			this.templates.save(shop, trigger, locale.getLanguage(), texts, this.clock.instant());
		}
		return checked;
	}

	/** Back to the bundled texts. */
	@Transactional
	public boolean reset(ShopId shop, Trigger trigger, Locale locale) {
		return this.templates.delete(shop, trigger, locale.getLanguage());
	}

}
