package dev.doorstep.console.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ConsoleContext;
import dev.doorstep.webhook.Delivery;
import dev.doorstep.webhook.Subscription;
import dev.doorstep.webhook.Webhooks;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Webhook subscriptions (events out) and each one's delivery log: owners add, switch on
 * and off, test, rotate, replay and delete; agents read. A new or rotated secret is shown
 * once, on the answer to the POST.
 */
@ConsoleController
class WebhooksController {

	/** The add form as typed, so a refused form comes back unchanged. */
	record Form(String url, String types, String description) {
	}

	private final Webhooks webhooks;

	WebhooksController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping("/console/webhooks")
	String list(ConsoleContext console, Model model) {
		return listPage(console, new Form("", "", ""), Map.of(), model);
	}

	@PostMapping("/console/webhooks")
	String create(ConsoleContext console, @RequestParam(defaultValue = "") String url,
			@RequestParam(defaultValue = "") String types, @RequestParam(defaultValue = "") String description,
			Model model, HttpServletResponse response) {
		OwnerOnly.check(console);
		Form form = new Form(url, types, description);
		Map<String, String> errors = new LinkedHashMap<>();
		if (description.strip().length() > 500) {
			errors.put("description", "must be at most 500 characters");
		}
		if (errors.isEmpty()) {
			try {
				Subscription created = this.webhooks.create(console.shopId(),
						new Webhooks.Changes(url.strip(), types(types), true, description));
				return secretPage(created, false, model, response);
			}
			catch (InvalidRequestException ex) {
				errors.putAll(errors(ex));
			}
		}
		response.setStatus(422);
		return listPage(console, form, errors, model);
	}

	@GetMapping("/console/webhooks/{id}")
	String subscription(ConsoleContext console, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		return detailPage(console, id, status, page, Map.of(), model);
	}

	@PostMapping("/console/webhooks/{id}/enabled")
	String enable(ConsoleContext console, @PathVariable UUID id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		OwnerOnly.check(console);
		this.webhooks.update(console.shopId(), id, new Webhooks.Changes(null, null, enabled, null));
		redirect.addFlashAttribute("notice",
				enabled ? "console.webhooks.enabledNotice" : "console.webhooks.disabledNotice");
		return "redirect:/console/webhooks/" + id;
	}

	@PostMapping("/console/webhooks/{id}/test")
	String test(ConsoleContext console, @PathVariable UUID id, RedirectAttributes redirect) {
		OwnerOnly.check(console);
		this.webhooks.sendTest(console.shopId(), id);
		redirect.addFlashAttribute("notice", "console.webhooks.testNotice");
		return "redirect:/console/webhooks/" + id;
	}

	@PostMapping("/console/webhooks/{id}/rotate-secret")
	String rotate(ConsoleContext console, @PathVariable UUID id, Model model, HttpServletResponse response) {
		OwnerOnly.check(console);
		return secretPage(this.webhooks.rotateSecret(console.shopId(), id), true, model, response);
	}

	@PostMapping("/console/webhooks/{id}/delete")
	String delete(ConsoleContext console, @PathVariable UUID id, RedirectAttributes redirect) {
		OwnerOnly.check(console);
		this.webhooks.delete(console.shopId(), id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/console/webhooks";
	}

	@PostMapping("/console/webhooks/{id}/deliveries/{delivery}/replay")
	String replay(ConsoleContext console, @PathVariable UUID id, @PathVariable UUID delivery,
			RedirectAttributes redirect) {
		OwnerOnly.check(console);
		Delivery original = this.webhooks.delivery(console.shopId(), delivery);
		this.webhooks.replay(console.shopId(), original.id());
		redirect.addFlashAttribute("notice", "console.webhooks.replayNotice");
		return "redirect:/console/webhooks/" + original.subscriptionId();
	}

	/** A time range typed in the shop's time zone ({@code datetime-local} inputs). */
	@PostMapping("/console/webhooks/{id}/replay")
	String replayRange(ConsoleContext console, @PathVariable UUID id, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		OwnerOnly.check(console);
		Map<String, String> errors = new LinkedHashMap<>();
		Instant start = instant(console, "from", from, errors);
		Instant end = instant(console, "to", to, errors);
		if (errors.isEmpty()) {
			try {
				int replayed = this.webhooks.replay(console.shopId(), id, start, end);
				redirect.addFlashAttribute("replayed", replayed);
				return "redirect:/console/webhooks/" + id;
			}
			catch (InvalidRequestException ex) {
				errors.putAll(errors(ex));
			}
		}
		response.setStatus(422);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return detailPage(console, id, null, null, errors, model);
	}

	private String listPage(ConsoleContext console, Form form, Map<String, String> errors, Model model) {
		model.addAttribute("subscriptions", this.webhooks.list(console.shopId()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editable", console.owner());
		return "console/webhooks";
	}

	private String detailPage(ConsoleContext console, UUID id, @Nullable String status, @Nullable Integer page,
			Map<String, String> errors, Model model) {
		Subscription subscription = this.webhooks.get(console.shopId(), id);
		Delivery.Status filter = Arrays.stream(Delivery.Status.values())
			.filter(s -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		int current = Pager.pageNumber(page);
		Webhooks.DeliveryPage deliveries = this.webhooks.deliveries(console.shopId(), id, filter, current,
				Pager.PAGE_SIZE);
		Map<String, @Nullable String> filters = new LinkedHashMap<>();
		filters.put("status", (filter != null) ? filter.name() : null);
		int totalPages = (int) ((deliveries.totalElements() + Pager.PAGE_SIZE - 1) / Pager.PAGE_SIZE);
		model.addAttribute("s", subscription);
		model.addAttribute("deliveries", deliveries.deliveries());
		model.addAttribute("pager",
				Pager.of("/console/webhooks/" + id, filters, current, totalPages, deliveries.totalElements()));
		model.addAttribute("status", filter);
		model.addAttribute("statuses", Delivery.Status.values());
		model.addAttribute("errors", errors);
		model.addAttribute("editable", console.owner());
		if (!model.containsAttribute("from")) {
			model.addAttribute("from", "");
			model.addAttribute("to", "");
		}
		return "console/webhook";
	}

	private String secretPage(Subscription subscription, boolean rotated, Model model, HttpServletResponse response) {
		// Rendered straight from the POST, never redirected: the secret exists only in
		// this one response and must not be cached anywhere on the way.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("s", subscription);
		model.addAttribute("rotated", rotated);
		return "console/webhook-secret";
	}

	private static @Nullable Instant instant(ConsoleContext console, String field, String value,
			Map<String, String> errors) {
		if (value.isBlank()) {
			errors.put(field, "is required");
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(console.shop().timeZone()).toInstant();
		}
		catch (DateTimeException ex) {
			errors.put(field, "must be a date and time");
			return null;
		}
	}

	private static List<String> types(String typed) {
		return Arrays.stream(typed.split("[,\\s]+")).filter(t -> !t.isBlank()).toList();
	}

	private static Map<String, String> errors(InvalidRequestException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldViolation violation : ex.violations()) {
			// types[2] is the types field of the form
			String field = violation.field().replaceAll("\\[\\d+]$", "");
			errors.merge(field, violation.reason(), (a, b) -> a);
		}
		return errors;
	}

}
