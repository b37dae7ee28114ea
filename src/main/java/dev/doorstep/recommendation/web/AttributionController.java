package dev.doorstep.recommendation.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.doorstep.recommendation.internal.Clicks;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What cross-sell surfaces led to:
 * {@code GET /api/v1/recommendations/attribution?from=&to=} (instants, default the last
 * 30 days) answers clicks, attributed orders and revenue by surface.
 */
@RestController
class AttributionController {

	static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

	private final Clicks clicks;

	private final Clock clock;

	AttributionController(Clicks clicks, Clock clock) {
		this.clicks = clicks;
		this.clock = clock;
	}

	@GetMapping("/api/v1/recommendations/attribution")
	Clicks.Report attribution(ShopId shop, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		Instant end = parse("to", to, this.clock.instant());
		Instant start = parse("from", from, end.minus(DEFAULT_PERIOD));
		if (!start.isBefore(end)) {
			throw new InvalidRequestException(List.of(new FieldViolation("from", "must be before to")));
		}
		return this.clicks.report(shop, start, end);
	}

	private static Instant parse(String field, @Nullable String value, Instant otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException(
					List.of(new FieldViolation(field, "an instant such as 2026-11-01T00:00:00Z")));
		}
	}

}
