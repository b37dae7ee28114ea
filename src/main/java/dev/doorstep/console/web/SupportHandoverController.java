package dev.doorstep.console.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ConsoleContext;
import dev.doorstep.support.Handovers;
import dev.doorstep.support.HelpdeskSettings;
import dev.doorstep.support.OpeningHours;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Support's opening hours (per weekday, ranges like {@code 09:00-12:30, 13:30-18:00} in
 * the shop's zone) and the helpdesk hand-overs open tickets in (token shown masked; an
 * unchanged masked token keeps the stored one). Everyone sees it; only owners change it.
 */
@ConsoleController
class SupportHandoverController {

	private final Handovers handovers;

	SupportHandoverController(Handovers handovers) {
		this.handovers = handovers;
	}

	@GetMapping("/console/support/handover")
	String show(ConsoleContext console, @RequestParam(required = false) @Nullable String saved, Model model) {
		OpeningHours hours = this.handovers.openingHours(console.shopId());
		Map<String, String> days = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day.name().toLowerCase(Locale.ROOT),
					hours.on(day).stream().map(r -> r.opens() + "-" + r.closes()).collect(Collectors.joining(", ")));
		}
		model.addAttribute("days", days);
		model.addAttribute("zone", console.shop().timeZone().getId());
		model.addAttribute("helpdesk", this.handovers.helpdesk(console.shopId()).orElse(null));
		model.addAttribute("providers", this.handovers.providers());
		model.addAttribute("editable", console.owner());
		model.addAttribute("saved", saved != null);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "console/support-handover";
	}

	@PostMapping("/console/support/handover/hours")
	String saveHours(ConsoleContext console, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		OwnerOnly.check(console);
		Map<DayOfWeek, List<OpeningHours.Range>> ranges = new EnumMap<>(DayOfWeek.class);
		try {
			for (DayOfWeek day : DayOfWeek.values()) {
				String name = day.name().toLowerCase(Locale.ROOT);
				ranges.put(day, ranges(name, form.getOrDefault(name, "")));
			}
			this.handovers.saveOpeningHours(console.shopId(), new OpeningHours(ranges));
		}
		catch (InvalidRequestException ex) {
			return invalid(console, ex, model, response);
		}
		return "redirect:/console/support/handover?saved";
	}

	@PostMapping("/console/support/handover/helpdesk")
	String saveHelpdesk(ConsoleContext console, @RequestParam String provider,
			@RequestParam(required = false, defaultValue = "") String account,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false, defaultValue = "") String apiToken, Model model,
			HttpServletResponse response) {
		OwnerOnly.check(console);
		if (provider.isBlank()) {
			this.handovers.deleteHelpdesk(console.shopId());
			return "redirect:/console/support/handover?saved";
		}
		try {
			this.handovers.saveHelpdesk(console.shopId(), new HelpdeskSettings(provider, account, email, apiToken));
		}
		catch (InvalidRequestException ex) {
			return invalid(console, ex, model, response);
		}
		return "redirect:/console/support/handover?saved";
	}

	/** {@code "09:00-12:30, 13:30-18:00"} as ranges; empty is closed. */
	static List<OpeningHours.Range> ranges(String day, String text) {
		List<OpeningHours.Range> ranges = new ArrayList<>();
		for (String part : text.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			String[] ends = part.strip().split("\\s*[-–]\\s*");
			try {
				if (ends.length != 2) {
					throw new DateTimeParseException("range", part, 0);
				}
				ranges.add(new OpeningHours.Range(LocalTime.parse(pad(ends[0])), LocalTime.parse(pad(ends[1]))));
			}
			catch (DateTimeParseException ex) {
				throw new InvalidRequestException(day, "write ranges as 09:00-17:00, separated by commas");
			}
		}
		return ranges;
	}

	private static String pad(String time) {
		return (time.length() == 4 && time.charAt(1) == ':') ? "0" + time : time;
	}

	private String invalid(ConsoleContext console, InvalidRequestException ex, Model model,
			HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("errors",
				ex.violations().stream().collect(Collectors.toMap(v -> v.field(), v -> v.reason(), (a, b) -> a)));
		return show(console, null, model);
	}

}
