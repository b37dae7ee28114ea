package dev.doorstep.insights.web;

import dev.doorstep.insights.Insights;
import dev.doorstep.insights.InsightsFilter;
import dev.doorstep.insights.Kpis;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every KPI as JSON
 * ({@code GET /api/v1/insights/kpis?from=&to=&carrier=&country=&channel=}), the same
 * report the console draws. Dates are the shop's calendar days, both included; without
 * them the last 30 days. A bad date or range is a 400 problem naming the field.
 */
@RestController
class InsightsApiController {

	private final Insights insights;

	InsightsApiController(Insights insights) {
		this.insights = insights;
	}

	@GetMapping("/api/v1/insights/kpis")
	Kpis kpis(ShopId shop, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String carrier,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String channel) {
		return this.insights.kpis(shop,
				InsightsFilter.parse(from, to, carrier, country, channel, this.insights.today(shop)));
	}

}
