package dev.doorstep.console.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.doorstep.notification.Journey;
import dev.doorstep.notification.JourneyStep;
import dev.doorstep.notification.Journeys;
import dev.doorstep.notification.NotificationTemplates;
import dev.doorstep.notification.TemplateOverride;
import dev.doorstep.shop.ConsoleContext;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shop's journeys by trigger, their steps in words, each switchable on and off by an
 * owner; and per trigger and language a link to its texts.
 */
@ConsoleController
class JourneysController {

	/** A journey as the page shows it. */
	public record Row(Journey journey, String steps, List<String> customizedLocales) {
	}

	private final Journeys journeys;

	private final NotificationTemplates templates;

	private final MessageSource messages;

	JourneysController(Journeys journeys, NotificationTemplates templates, MessageSource messages) {
		this.journeys = journeys;
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping("/console/notifications")
	String list(ConsoleContext console, Locale locale, Model model) {
		List<TemplateOverride> overrides = this.templates.overrides(console.shopId());
		List<Row> rows = this.journeys.list(console.shopId())
			.stream()
			.sorted(Comparator.comparing(Journey::trigger).thenComparing(Journey::name))
			.map(journey -> new Row(journey, describe(journey, locale),
					overrides.stream()
						.filter(o -> o.trigger() == journey.trigger())
						.map(TemplateOverride::locale)
						.toList()))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("locales", console.shop().supportedLocales());
		model.addAttribute("editable", console.owner());
		return "console/journeys";
	}

	@PostMapping("/console/notifications/journeys/{id}")
	String toggle(ConsoleContext console, @PathVariable UUID id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		OwnerOnly.check(console);
		Journey journey = this.journeys.setEnabled(console.shopId(), id, enabled);
		// Plain values: flash attributes live in the session until the next page.
		redirect.addFlashAttribute("switchedTrigger", journey.trigger().name());
		redirect.addFlashAttribute("switchedOn", journey.enabled());
		return "redirect:/console/notifications";
	}

	/** E.g. "Wait 2 min for other parcels · Email · SMS". */
	String describe(Journey journey, Locale locale) {
		List<String> words = new ArrayList<>();
		for (JourneyStep step : journey.steps()) {
			words.add(switch (step) {
				case JourneyStep.Condition condition ->
					text("console.step.condition", locale, String.join(", ", conditions(condition, locale)));
				case JourneyStep.Delay delay -> text("console.step.delay", locale, duration(delay.duration(), locale));
				case JourneyStep.Digest digest ->
					text("console.step.digest", locale, duration(digest.window(), locale));
				case JourneyStep.Send send -> (send.fallback() == null) ? channel(send.channel().name(), locale)
						: text("console.step.fallback", locale, channel(send.channel().name(), locale),
								channel(send.fallback().channel().name(), locale),
								duration(send.fallback().after(), locale));
			});
		}
		return String.join(" · ", words);
	}

	private List<String> conditions(JourneyStep.Condition condition, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (present(condition.carriers())) {
			parts.add(text("console.step.if.carriers", locale, join(condition.carriers())));
		}
		if (present(condition.countries())) {
			parts.add(text("console.step.if.countries", locale, join(condition.countries())));
		}
		if (present(condition.statuses())) {
			parts.add(text("console.step.if.statuses", locale,
					condition.statuses()
						.stream()
						.map(s -> text("console.shipmentStatus." + s.name(), locale))
						.sorted()
						.collect(Collectors.joining(", "))));
		}
		if (condition.minShipmentValue() != null) {
			parts.add(text("console.step.if.value", locale, condition.minShipmentValue().toPlainString()));
		}
		if (condition.minHoursInStatus() != null) {
			parts.add(text("console.step.if.hours", locale, condition.minHoursInStatus()));
		}
		return parts.isEmpty() ? List.of(text("console.step.if.any", locale)) : parts;
	}

	private static boolean present(@Nullable Set<?> values) {
		return values != null && !values.isEmpty();
	}

	private static String join(Set<?> values) {
		return values.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
	}

	private String duration(Duration duration, Locale locale) {
		if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
			return text("console.duration.days", locale, duration.toDays());
		}
		if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
			return text("console.duration.hours", locale, duration.toHours());
		}
		if (duration.toMinutes() > 0) {
			return text("console.duration.minutes", locale, duration.toMinutes());
		}
		return text("console.duration.seconds", locale, duration.toSeconds());
	}

	private String channel(String channel, Locale locale) {
		return text("console.channel." + channel, locale);
	}

	private String text(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
