package dev.doorstep.console.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import dev.doorstep.shop.ConsoleContext;
import dev.doorstep.support.Channel;
import dev.doorstep.support.ConversationReports;
import dev.doorstep.support.Intent;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assistant's conversations without personal data: intent, confidence, answered or
 * handed over, channel and date, filterable, with the deflection per intent (answered
 * without hand-over) for the same period. Dates are days in the shop's time zone.
 */
@ConsoleController
class SupportConversationsController {

	private final ConversationReports reports;

	SupportConversationsController(ConversationReports reports) {
		this.reports = reports;
	}

	@GetMapping("/console/support/conversations")
	String list(ConsoleContext console, @RequestParam(required = false) @Nullable String intent,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String outcome,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		ZoneId zone = console.shop().timeZone();
		LocalDate fromDay = day(from);
		LocalDate toDay = day(to);
		ConversationReports.Filter filter = new ConversationReports.Filter(parse(Intent.class, intent),
				parse(Channel.class, channel),
				"handedOver".equals(outcome) ? Boolean.TRUE : "answered".equals(outcome) ? Boolean.FALSE : null,
				(fromDay != null) ? fromDay.atStartOfDay(zone).toInstant() : null,
				(toDay != null) ? toDay.plusDays(1).atStartOfDay(zone).toInstant() : null);
		model.addAttribute("rows", this.reports.list(console.shopId(), filter));
		model.addAttribute("deflection", this.reports.deflection(console.shopId(), filter.from(), filter.to()));
		model.addAttribute("intents", Intent.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("intent", filter.intent());
		model.addAttribute("channel", filter.channel());
		model.addAttribute("outcome", (filter.handedOver() == null) ? "" : outcome);
		model.addAttribute("from", fromDay);
		model.addAttribute("to", toDay);
		model.addAttribute("zone", zone);
		return "console/support-conversations";
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable LocalDate day(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
