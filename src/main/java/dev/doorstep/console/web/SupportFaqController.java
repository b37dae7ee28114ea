package dev.doorstep.console.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ConsoleContext;
import dev.doorstep.support.Conversations;
import dev.doorstep.support.FaqEntry;
import dev.doorstep.support.FaqTopic;
import dev.doorstep.support.Faqs;
import dev.doorstep.support.SupportSettings;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shop's FAQ in the console, one language at a time: list by topic, add, edit, delete
 * and move entries up or down. Everyone sees it; only owners change it. Also the
 * assistant's recent conversations (masked questions, intent, confidence, hand-over).
 */
@ConsoleController
class SupportFaqController {

	private final Faqs faqs;

	private final Conversations conversations;

	SupportFaqController(Faqs faqs, Conversations conversations) {
		this.faqs = faqs;
		this.conversations = conversations;
	}

	@GetMapping("/console/support/faq")
	String list(ConsoleContext console, @RequestParam(required = false) @Nullable String locale,
			@RequestParam(required = false) @Nullable UUID edit, Model model) {
		String language = language(console, locale);
		model.addAttribute("locale", language);
		model.addAttribute("editable", console.owner());
		model.addAttribute("locales", console.shop().supportedLocales());
		model.addAttribute("entries", this.faqs.list(console.shopId(), language));
		model.addAttribute("topics", FaqTopic.values());
		model.addAttribute("editing", (edit != null) ? this.faqs.find(console.shopId(), edit).orElse(null) : null);
		model.addAttribute("conversations", this.conversations.recent(console.shopId(), 20));
		model.addAttribute("retentionDays", this.conversations.settings(console.shopId()).retentionDays());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "console/support-faq";
	}

	@PostMapping("/console/support/faq")
	String add(ConsoleContext console, @RequestParam String locale, @RequestParam FaqTopic topic,
			@RequestParam String question, @RequestParam String answer, Model model, HttpServletResponse response) {
		OwnerOnly.check(console);
		try {
			this.faqs.add(console.shopId(), language(console, locale), topic, question, answer);
		}
		catch (InvalidRequestException ex) {
			return invalid(console, locale, ex, model, response);
		}
		return "redirect:/console/support/faq?locale=" + language(console, locale);
	}

	@PostMapping("/console/support/faq/{id}")
	String update(ConsoleContext console, @PathVariable UUID id, @RequestParam FaqTopic topic,
			@RequestParam String question, @RequestParam String answer, Model model, HttpServletResponse response) {
		OwnerOnly.check(console);
		FaqEntry entry = this.faqs.find(console.shopId(), id)
			.orElseThrow(() -> new dev.doorstep.runtime.NotFoundException("faq entry", id));
		try {
			this.faqs.update(console.shopId(), id, topic, question, answer);
		}
		catch (InvalidRequestException ex) {
			return invalid(console, entry.locale(), ex, model, response);
		}
		return "redirect:/console/support/faq?locale=" + entry.locale();
	}

	/** How long the assistant's conversations are kept. */
	@PostMapping("/console/support/settings")
	String saveSettings(ConsoleContext console, @RequestParam String retentionDays, Model model,
			HttpServletResponse response) {
		OwnerOnly.check(console);
		try {
			this.conversations.saveSettings(console.shopId(),
					new SupportSettings(Integer.parseInt(retentionDays.strip())));
		}
		catch (NumberFormatException ex) {
			return invalid(console, null, new InvalidRequestException("retentionDays", "must be a number of days"),
					model, response);
		}
		catch (InvalidRequestException ex) {
			return invalid(console, null, ex, model, response);
		}
		return "redirect:/console/support/faq?saved=settings";
	}

	@PostMapping("/console/support/faq/{id}/delete")
	String delete(ConsoleContext console, @PathVariable UUID id) {
		OwnerOnly.check(console);
		String locale = this.faqs.find(console.shopId(), id).map(FaqEntry::locale).orElse("");
		this.faqs.delete(console.shopId(), id);
		return "redirect:/console/support/faq?locale=" + locale;
	}

	@PostMapping("/console/support/faq/{id}/move")
	String move(ConsoleContext console, @PathVariable UUID id, @RequestParam String direction) {
		OwnerOnly.check(console);
		String locale = this.faqs.find(console.shopId(), id).map(FaqEntry::locale).orElse("");
		this.faqs.move(console.shopId(), id, "up".equals(direction) ? -1 : 1);
		return "redirect:/console/support/faq?locale=" + locale;
	}

	private String invalid(ConsoleContext console, @Nullable String locale, InvalidRequestException ex, Model model,
			HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("errors",
				ex.violations()
					.stream()
					.collect(java.util.stream.Collectors.toMap(v -> v.field(), v -> v.reason(), (a, b) -> a)));
		return list(console, locale, null, model);
	}

	private static String language(ConsoleContext console, @Nullable String locale) {
		List<String> offered = console.shop().supportedLocales();
		return (locale != null && offered.contains(locale)) ? locale : console.shop().defaultLocale();
	}

}
