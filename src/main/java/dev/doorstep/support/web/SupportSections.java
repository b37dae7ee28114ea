package dev.doorstep.support.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shop.Shop;
import dev.doorstep.support.FaqEntry;
import dev.doorstep.support.FaqTopic;
import dev.doorstep.support.Faqs;
import dev.doorstep.support.FaqsChanged;
import dev.doorstep.tracking.PageSections;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The FAQ and the question box on the tracking page (asking about that parcel), the
 * look-up page and the returns portal (asking in general), from
 * {@code templates/support/section.html}. The FAQ shows the topics that fit the page:
 * delivery and claims on the tracking and look-up pages, returns in the portal.
 */
@Component
class SupportSections implements PageSections {

	private final Faqs faqs;

	private final ITemplateEngine templates;

	// The section is on every view of the busiest page, and the FAQ behind it changes
	// rarely: kept per page for a short while (other nodes see an edit within that time)
	// and dropped at once on this node when the shop edits its FAQ.
	private final Cache<Key, String> rendered = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(30))
		.maximumSize(20_000)
		.build();

	SupportSections(Faqs faqs, ITemplateEngine templates) {
		this.faqs = faqs;
		this.templates = templates;
	}

	/** The shop as read for the page: a changed slug or language list is another key. */
	private record Key(Shop shop, @Nullable String token, Locale locale, Placement placement) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(FaqsChanged changed) {
		this.rendered.asMap().keySet().removeIf(key -> key.shop().id().equals(changed.shopId()));
	}

	@Override
	public Optional<String> html(Shop shop, @Nullable Shipment shipment, Locale locale, Placement placement) {
		Key key = new Key(shop, (shipment != null) ? shipment.publicToken() : null, locale, placement);
		return Optional.of(this.rendered.get(key, ignored -> render(shop, shipment, locale, placement)));
	}

	private String render(Shop shop, @Nullable Shipment shipment, Locale locale, Placement placement) {
		String language = shop.supports(locale.getLanguage()) ? locale.getLanguage() : shop.defaultLocale();
		List<FaqTopic> topics = switch (placement) {
			case RETURNS_PORTAL -> List.of(FaqTopic.RETURNS);
			case TRACKING_PAGE, LOOKUP_PAGE -> List.of(FaqTopic.DELIVERY, FaqTopic.CLAIMS);
		};
		Map<FaqTopic, List<FaqEntry>> all = this.faqs.byTopic(shop.id(), language);
		List<FaqView> entries = topics.stream()
			.flatMap(topic -> all.getOrDefault(topic, List.of()).stream())
			.map(FaqView::of)
			.toList();
		String action = (shipment != null) ? "/t/" + shipment.publicToken() + "/ask"
				: "/s/" + shop.slug() + "/help/ask";
		Context context = new Context(locale);
		context.setVariable("lang", locale.getLanguage());
		context.setVariable("entries", entries);
		context.setVariable("action", action);
		context.setVariable("helpUrl", "/s/" + shop.slug() + "/help?lang=" + locale.getLanguage());
		return this.templates.process("support/section", context);
	}

	/** An FAQ entry with its answer as safe HTML. */
	record FaqView(String question, String answerHtml, FaqTopic topic) {

		static FaqView of(FaqEntry entry) {
			return new FaqView(entry.question(), Faqs.html(entry.answer()), entry.topic());
		}

	}

}
