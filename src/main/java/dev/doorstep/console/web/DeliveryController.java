package dev.doorstep.console.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.DeliverySettings;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ConsoleContext;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Delivery promise: the carrier and lane table of the shop's delivered parcels
 * (deliveries, median and 90th-percentile business days, on-time rate against promises)
 * and the shop's delivery settings (owners change them).
 */
@ConsoleController
class DeliveryController {

	/** The settings form as typed, so a refused form comes back unchanged. */
	record Form(String delayThreshold, String coverage, String cutOff, String originCountry, String originPostcode,
			String defaultDays) {

		static Form of(DeliverySettings settings) {
			StringBuilder days = new StringBuilder();
			settings.defaultDays()
				.forEach(row -> days.append(row.carrier())
					.append(' ')
					.append(row.destinationCountry())
					.append(' ')
					.append(row.businessDays())
					.append('\n'));
			return new Form(String.valueOf(settings.delayThreshold()), String.valueOf(settings.coverage()),
					settings.cutOff() == null ? "" : settings.cutOff().toString(),
					settings.originCountry() == null ? "" : settings.originCountry(),
					settings.originPostcode() == null ? "" : settings.originPostcode(), days.toString().strip());
		}

	}

	private final DeliveryPromises promises;

	DeliveryController(DeliveryPromises promises) {
		this.promises = promises;
	}

	@GetMapping("/console/delivery")
	String page(ConsoleContext console, Model model) {
		return render(console, model, Form.of(this.promises.settings(console.shopId())), Map.of());
	}

	@PostMapping("/console/delivery")
	String save(ConsoleContext console, @RequestParam(defaultValue = "") String delayThreshold,
			@RequestParam(defaultValue = "") String coverage, @RequestParam(defaultValue = "") String cutOff,
			@RequestParam(defaultValue = "") String originCountry,
			@RequestParam(defaultValue = "") String originPostcode, @RequestParam(defaultValue = "") String defaultDays,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		OwnerOnly.check(console);
		Form form = new Form(delayThreshold, coverage, cutOff, originCountry, originPostcode, defaultDays);
		Map<String, String> errors = new LinkedHashMap<>();
		Double threshold = number(delayThreshold, "delayThreshold", errors);
		Double share = number(coverage, "coverage", errors);
		LocalTime time = null;
		if (!cutOff.isBlank()) {
			try {
				time = LocalTime.parse(cutOff.strip());
			}
			catch (DateTimeParseException ex) {
				errors.put("cutOff", "must be a time of day as HH:mm, e.g. 14:00");
			}
		}
		List<DeliverySettings.DefaultDays> days = days(defaultDays, errors);
		if (errors.isEmpty()) {
			try {
				this.promises.saveSettings(console.shopId(), new DeliverySettings(threshold, time, blank(originCountry),
						blank(originPostcode), share, days));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/console/delivery";
			}
			catch (InvalidRequestException ex) {
				for (FieldViolation violation : ex.violations()) {
					errors.putIfAbsent(violation.field().startsWith("defaultDays") ? "defaultDays" : violation.field(),
							violation.reason());
				}
			}
		}
		// Nothing is saved: the form comes back with the typed values and the errors.
		response.setStatus(422);
		return render(console, model, form, errors);
	}

	private String render(ConsoleContext console, Model model, Form form, Map<String, String> errors) {
		model.addAttribute("overview", this.promises.lanes(console.shopId()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editable", console.owner());
		return "console/delivery";
	}

	private static Double number(String value, String field, Map<String, String> errors) {
		try {
			return Double.valueOf(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.put(field, "must be a number, e.g. 0.5");
			return 0.0;
		}
	}

	/** One line per carrier and country: {@code dhl DE 2}. */
	private static List<DeliverySettings.DefaultDays> days(String text, Map<String, String> errors) {
		List<DeliverySettings.DefaultDays> days = new ArrayList<>();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.strip().split("[\\s,;]+");
			try {
				if (parts.length != 3) {
					throw new NumberFormatException();
				}
				days.add(new DeliverySettings.DefaultDays(parts[0].toLowerCase(Locale.ROOT),
						parts[1].toUpperCase(Locale.ROOT), Integer.parseInt(parts[2])));
			}
			catch (NumberFormatException ex) {
				errors.put("defaultDays", "each line must be carrier, country and business days, e.g. dhl DE 2");
			}
		}
		return days;
	}

	private static @org.jspecify.annotations.Nullable String blank(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
