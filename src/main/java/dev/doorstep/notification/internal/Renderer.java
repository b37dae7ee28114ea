package dev.doorstep.notification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.JourneyStep;
import dev.doorstep.notification.TemplateDataContributor;
import dev.doorstep.notification.TemplateOverride;
import dev.doorstep.notification.TemplateTexts;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.Order;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shop.Shop;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Renders messages from the locale's texts and the shop's brand. Templates are Mustache:
 * logic-less, so a merchant's edited text can print values but never run code, and every
 * value is HTML-escaped in HTML output. Compiled templates are cached per locale.
 */
@Component
public class Renderer {

	/** What one message says, in each form a channel may need. */
	public record Rendered(String subject, String text, String html, String shortText) {
	}

	/**
	 * The facts a message is about.
	 *
	 * @param parcels the parcels it reports on (several for a digest), each with its link
	 * @param event what an event from outside brought (label link, refund amount, claim
	 * status; see {@link EventFacts}), empty for order and parcel news
	 */
	public record Facts(Shop shop, Order order, List<Parcel> parcels, Trigger trigger, Channel channel, Locale locale,
			@Nullable String unsubscribeUrl, @Nullable String openPixelUrl, JourneyStep.@Nullable Variant variant,
			Map<String, String> event) {

		public Facts(Shop shop, Order order, List<Parcel> parcels, Trigger trigger, Channel channel, Locale locale,
				@Nullable String unsubscribeUrl, @Nullable String openPixelUrl, JourneyStep.@Nullable Variant variant) {
			this(shop, order, parcels, trigger, channel, locale, unsubscribeUrl, openPixelUrl, variant, Map.of());
		}

	}

	/** A parcel with its public tracking link. */
	/**
	 * A parcel with its public tracking link.
	 *
	 * @param carrierEstimate the carrier's own delivery estimate, which wins over the
	 * shop's promise when there is one
	 */
	public record Parcel(Shipment shipment, String trackingUrl, @Nullable Instant carrierEstimate) {

		public Parcel(Shipment shipment, String trackingUrl) {
			this(shipment, trackingUrl, null);
		}

	}

	private static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true).defaultValue("");

	private static final Mustache.Compiler TEXT = Mustache.compiler().escapeHTML(false).defaultValue("");

	private final MessageSource messages;

	private final Template htmlLayout;

	private final Template textLayout;

	private final Map<String, Template> compiled = new ConcurrentHashMap<>();

	/** A shop's own texts, compiled once per distinct text (bounded: merchants edit). */
	private final Cache<String, Template> custom = Caffeine.newBuilder().maximumSize(5_000).build();

	private final TemplateRepository overrides;

	private final DelayFacts delays;

	private static final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(Renderer.class);

	private final List<TemplateDataContributor> contributors;

	Renderer(MessageSource messages, TemplateRepository overrides, DelayFacts delays,
			List<TemplateDataContributor> contributors) {
		this.contributors = List.copyOf(contributors);
		this.delays = delays;
		this.messages = messages;
		this.overrides = overrides;
		this.htmlLayout = HTML.compile(resource("notification/email.html.mustache"));
		this.textLayout = TEXT.compile(resource("notification/email.txt.mustache"));
	}

	public Rendered render(Facts facts) {
		return render(facts, null);
	}

	/**
	 * Renders with {@code draft} as the trigger's texts, else the shop's saved override
	 * for the language, else the bundled texts.
	 * @throws InvalidTemplate when a shop's text does not compile or run
	 */
	public Rendered render(Facts facts, @Nullable TemplateTexts draft) {
		Map<String, Object> model = model(facts);
		String key = "notification." + facts.trigger().key();
		Locale locale = facts.locale();
		TemplateTexts own = (draft != null) ? draft
				: this.overrides.find(facts.shop().id(), facts.trigger(), locale.getLanguage())
					.map(TemplateOverride::texts)
					.orElse(null);
		// An experiment's variant text wins over the shop's own text, which wins over the
		// bundled one.
		JourneyStep.Variant variant = facts.variant();
		String subject = (variant != null && variant.subject() != null) ? inline(variant.subject(), model)
				: (own != null) ? custom("subject", own.subject(), model) : text(key + ".subject", locale, model);
		String shortText = (own != null) ? custom("shortText", own.shortText(), model)
				: text(key + ".short", locale, model);
		// Parts are rendered as plain text once; the HTML layout escapes them when it
		// prints
		// them, so a value is escaped exactly once in HTML and never in text.
		Map<String, Object> parts = new HashMap<>(model);
		parts.put("subject", subject);
		parts.put("preheader", shortText);
		parts.put("headline", (own != null && !own.headline().isBlank()) ? custom("headline", own.headline(), model)
				: text(key + ".headline", locale, model));
		parts.put("body", (variant != null && variant.body() != null) ? inline(variant.body(), model)
				: (own != null) ? custom("body", own.body(), model) : text(key + ".body", locale, model));
		parts.put("greeting",
				text(model.get("customerName") == null ? "notification.greetingAnonymous" : "notification.greeting",
						locale, model));
		parts.put("signature", text("notification.signature", locale, model));
		parts.put("cta", message(facts.parcels().size() > 1 ? "notification.ctaMany" : "notification.cta", locale));
		// The layout lists the contributed products under a heading, unless the shop's
		// own body text already prints them itself.
		if (own != null && own.body().contains("recommendations")) {
			parts.remove("recommendations");
		}
		parts.put("recommendationsHeading", message("notification.recommendations", locale));
		parts.put("footer",
				Map.of("contact", text("notification.footer.contact", locale, model), "why",
						text("notification.footer.why", locale, model), "unsubscribe",
						message("notification.footer.unsubscribe", locale)));
		String html = this.htmlLayout.execute(parts);
		String text = this.textLayout.execute(parts).replaceAll("\n{3,}", "\n\n").strip() + "\n";
		return new Rendered(subject, text, html, shortText);
	}

	private Map<String, Object> model(Facts facts) {
		Shop shop = facts.shop();
		Locale locale = facts.locale();
		Map<String, Object> model = new HashMap<>();
		model.put("locale", locale.toLanguageTag());
		Map<String, Object> shopModel = new HashMap<>();
		shopModel.put("name", shop.name());
		shopModel.put("supportEmail", shop.support().email());
		shopModel.put("supportPhone", shop.support().phone());
		shopModel.put("website", shop.websiteUrl());
		model.put("shop", shopModel);
		String primary = shop.brand().primaryColor();
		String accent = shop.brand().accentColor();
		Map<String, Object> brand = new HashMap<>();
		brand.put("primary", primary);
		brand.put("onPrimary", readableOn(primary));
		brand.put("accent", accent);
		brand.put("onAccent", readableOn(accent));
		brand.put("logoUrl", shop.brand().logoUrl() != null && shop.brand().logoUrl().startsWith("http")
				? shop.brand().logoUrl() : null);
		model.put("brand", brand);
		String firstName = facts.order().customer().firstName();
		model.put("customerName", firstName);
		model.put("customer", firstName == null ? Map.of() : Map.of("firstName", firstName));
		model.put("order", Map.of("number", facts.order().orderNumber()));
		List<Map<String, Object>> parcels = new ArrayList<>();
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		for (Parcel parcel : facts.parcels()) {
			Shipment shipment = parcel.shipment();
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("carrier", shipment.carrier().displayName());
			item.put("trackingNumber", shipment.trackingNumber());
			item.put("status", message("status." + shipment.status().name(), locale));
			item.put("trackingUrl", parcel.trackingUrl());
			java.time.LocalDate expected = parcel.carrierEstimate() != null
					? parcel.carrierEstimate().atZone(shop.timeZone()).toLocalDate() : shipment.promisedDeliveryDate();
			item.put("promisedDate", expected == null ? null : date.format(expected));
			item.put("deliveredAt", shipment.deliveredAt() == null ? null
					: date.format(shipment.deliveredAt().atZone(shop.timeZone()).toLocalDate()));
			item.put("deliveredTo", shipment.subStatus() == null ? null
					: optional("notification.delivered-to." + shipment.subStatus(), locale));
			item.put("pickup", pickup(shipment.currentPickupPoint(), date));
			item.put("items", items(facts.order(), shipment));
			item.putAll(this.delays.of(facts.trigger(), shipment, locale));
			item.put("labels",
					Map.of("number", message("notification.parcel.number", locale), "status",
							message("notification.parcel.status", locale), "items",
							message("notification.parcel.items", locale)));
			parcels.add(item);
		}
		model.put("parcels", parcels);
		model.put("parcel", parcels.isEmpty() ? Map.of() : parcels.getFirst());
		model.put("parcelCount", parcels.size());
		model.put("digest", parcels.size() > 1);
		model.put("trackingUrl", parcels.isEmpty() ? null : parcels.getFirst().get("trackingUrl"));
		Map<String, Object> event = EventFacts.model(facts.trigger(), facts.event(), locale, facts.order().currency(),
				code -> message(code, locale));
		model.put("event", event);
		model.put("action", event.get("action"));
		model.put("unsubscribeUrl", facts.unsubscribeUrl());
		model.put("openPixelUrl", facts.openPixelUrl());
		for (TemplateDataContributor contributor : this.contributors) {
			try {
				// Built-in variables win: another module cannot change what a message
				// says
				// about the order.
				contributor.data(facts.trigger(), facts.order(), locale).forEach(model::putIfAbsent);
			}
			catch (RuntimeException ex) {
				// Extras are optional: a failing contributor must not stop the message.
				logger.warn("Template data of {} failed for a {} message", contributor.getClass().getSimpleName(),
						facts.trigger(), ex);
			}
		}
		return model;
	}

	/**
	 * Where and until when to collect the parcel, while it waits at a pickup point:
	 * {@code name}, {@code street}, {@code place} (postcode and city), {@code address}
	 * (all three in one line), {@code openingHours}, {@code deadline} (a date in words)
	 * and {@code deadlineEstimated} (the carrier gave no date; it follows from its usual
	 * holding period).
	 */
	private static @Nullable Map<String, Object> pickup(@Nullable PickupPoint point, DateTimeFormatter date) {
		if (point == null) {
			return null;
		}
		Map<String, Object> pickup = new HashMap<>();
		pickup.put("name", point.name());
		pickup.put("street", point.street());
		pickup.put("place", point.place());
		pickup.put("address",
				java.util.stream.Stream.of(point.name(), point.street(), point.place())
					.filter(part -> part != null)
					.collect(java.util.stream.Collectors.joining(", ")));
		pickup.put("openingHours", point.openingHours());
		pickup.put("deadline", point.deadline() == null ? null : date.format(point.deadline()));
		pickup.put("deadlineEstimated", point.deadlineEstimated());
		return pickup;
	}

	private static List<Map<String, Object>> items(Order order, Shipment shipment) {
		List<Map<String, Object>> items = new ArrayList<>();
		if (shipment.items().isEmpty()) {
			order.items().forEach(line -> items.add(Map.of("name", line.name(), "quantity", line.quantity())));
		}
		else {
			shipment.items()
				.forEach(line -> items
					.add(Map.of("name", order.item(line.sku()).map(Order.LineItem::name).orElse(line.sku()), "quantity",
							line.quantity())));
		}
		return items;
	}

	/** The bundled texts of a trigger, unrendered: where a shop's own wording starts. */
	public TemplateTexts bundled(Trigger trigger, Locale locale) {
		String key = "notification." + trigger.key();
		return new TemplateTexts(message(key + ".subject", locale), message(key + ".headline", locale),
				message(key + ".body", locale), message(key + ".short", locale));
	}

	/** A shop's text or an editor's draft that cannot be used. */
	public static final class InvalidTemplate extends RuntimeException {

		private final String field;

		InvalidTemplate(String field, RuntimeException cause) {
			super(cause.getMessage(), cause);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

	private String custom(String field, String source, Map<String, Object> model) {
		try {
			// Plain text like the bundled texts: the HTML layout escapes it when it
			// prints it, so no markup or script of the merchant's reaches the email.
			return this.custom.get(source, TEXT::compile).execute(model);
		}
		catch (MustacheException | UnsupportedOperationException ex) {
			// Unclosed sections, partials ({{> x}}: nothing to load) and the like.
			throw new InvalidTemplate(field, ex);
		}
	}

	private String text(String code, Locale locale, Map<String, Object> model) {
		Template template = this.compiled.computeIfAbsent(locale.toLanguageTag() + "\u0000" + code,
				key -> TEXT.compile(message(code, locale)));
		return template.execute(model);
	}

	/**
	 * A text that comes with the journey (an experiment's variant); compiled once per
	 * text.
	 */
	private String inline(String template, Map<String, Object> model) {
		return this.compiled.computeIfAbsent("inline\u0000" + template, key -> TEXT.compile(template)).execute(model);
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

	private @Nullable String optional(String code, Locale locale) {
		try {
			return this.messages.getMessage(code, null, locale);
		}
		catch (NoSuchMessageException ex) {
			return null;
		}
	}

	/**
	 * Black or white, whichever reads better on {@code hex} (WCAG relative luminance).
	 */
	static String readableOn(String hex) {
		try {
			int rgb = Integer.parseInt(hex.substring(1), 16);
			double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
			return luminance > 0.179 ? "#111827" : "#ffffff";
		}
		catch (RuntimeException ex) {
			return "#ffffff";
		}
	}

	private static double channel(int value) {
		double c = (value & 0xff) / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static String resource(String path) {
		try (InputStream in = Renderer.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing template " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
