package dev.doorstep.support.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import dev.doorstep.support.Handovers;
import dev.doorstep.support.HelpdeskSettings;
import dev.doorstep.support.OpeningHours;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's hand-over settings over the merchant API: the helpdesk tickets go to
 * ({@code /api/v1/support/helpdesk}, the token masked in every answer) and support's
 * opening hours ({@code /api/v1/support/opening-hours}, in the shop's time zone).
 */
@RestController
class HandoverApiController {

	private final Handovers handovers;

	private final Shops shops;

	HandoverApiController(Handovers handovers, Shops shops) {
		this.handovers = handovers;
		this.shops = shops;
	}

	/** The helpdesk as sent and shown; {@code apiToken} masked on the way out. */
	record HelpdeskJson(@Nullable String provider, @Nullable String account, @Nullable String email,
			@Nullable String apiToken) {
	}

	/** Opening hours: ranges per lower-case weekday as {@code "HH:mm"}. */
	record HoursJson(@Nullable String timeZone, @Nullable Map<String, List<RangeJson>> days) {
	}

	record RangeJson(@Nullable String opens, @Nullable String closes) {
	}

	/** The helpdesk as shown: {@code configured: false} and nulls when there is none. */
	record HelpdeskView(boolean configured, @Nullable String provider, @Nullable String account, @Nullable String email,
			@Nullable String apiToken) {

		static HelpdeskView of(java.util.Optional<HelpdeskSettings> settings) {
			return settings.map(s -> new HelpdeskView(true, s.provider(), s.account(), s.email(), s.apiToken()))
				.orElseGet(() -> new HelpdeskView(false, null, null, null, null));
		}

	}

	@GetMapping("/api/v1/support/helpdesk")
	HelpdeskView helpdesk(ShopId shop) {
		return HelpdeskView.of(this.handovers.helpdesk(shop));
	}

	@PutMapping("/api/v1/support/helpdesk")
	HelpdeskView saveHelpdesk(ShopId shop, @RequestBody HelpdeskJson body) {
		if (body.provider() == null || body.provider().isBlank()) {
			throw new InvalidRequestException("provider", "is required");
		}
		if (body.account() == null || body.account().isBlank()) {
			throw new InvalidRequestException("account", "is required");
		}
		return HelpdeskView
			.of(java.util.Optional.of(this.handovers.saveHelpdesk(shop, new HelpdeskSettings(body.provider(),
					body.account(), body.email(), (body.apiToken() != null) ? body.apiToken() : ""))));
	}

	@DeleteMapping("/api/v1/support/helpdesk")
	HelpdeskView deleteHelpdesk(ShopId shop) {
		this.handovers.deleteHelpdesk(shop);
		return HelpdeskView.of(java.util.Optional.empty());
	}

	@GetMapping("/api/v1/support/opening-hours")
	HoursJson openingHours(ShopId shop) {
		return json(shop, this.handovers.openingHours(shop));
	}

	@PutMapping("/api/v1/support/opening-hours")
	HoursJson saveOpeningHours(ShopId shop, @RequestBody HoursJson body) {
		return json(shop, this.handovers.saveOpeningHours(shop, parse(body.days())));
	}

	/** Parses {@code {"monday":[{"opens":"09:00","closes":"17:00"}]}}. */
	static OpeningHours parse(@Nullable Map<String, List<RangeJson>> days) {
		Map<DayOfWeek, List<OpeningHours.Range>> ranges = new EnumMap<>(DayOfWeek.class);
		if (days != null) {
			days.forEach((name, list) -> {
				DayOfWeek day;
				try {
					day = DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidRequestException("days." + name, "must be a weekday (monday … sunday)");
				}
				ranges.put(day,
						(list == null) ? List.of() : list.stream()
							.map(range -> new OpeningHours.Range(time(name, range.opens()), time(name, range.closes())))
							.toList());
			});
		}
		return new OpeningHours(ranges);
	}

	private static LocalTime time(String day, @Nullable String value) {
		try {
			return LocalTime.parse((value != null) ? value.strip() : "");
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("days." + day, "times must be HH:mm");
		}
	}

	private HoursJson json(ShopId shop, OpeningHours hours) {
		Map<String, List<RangeJson>> days = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day.name().toLowerCase(Locale.ROOT),
					hours.on(day)
						.stream()
						.map(r -> new RangeJson(r.opens().toString(), r.closes().toString()))
						.toList());
		}
		return new HoursJson(this.shops.get(shop).timeZone().getId(), days);
	}

}
