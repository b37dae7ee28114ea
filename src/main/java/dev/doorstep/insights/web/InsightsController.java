package dev.doorstep.insights.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.doorstep.console.web.ConsoleController;
import dev.doorstep.insights.Insights;
import dev.doorstep.insights.InsightsFilter;
import dev.doorstep.insights.Kpis;
import dev.doorstep.notification.Channel;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ConsoleContext;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The insights dashboard ({@code /console/insights}): headline figures, one Chart.js
 * chart per KPI with its data table, filters for dates, carrier, country and channel, and
 * a CSV of each chart's data ({@code /console/insights/{chart}.csv}, same filters). Any
 * member of the shop may read it.
 */
@ConsoleController
class InsightsController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Insights insights;

	private final MessageSource messages;

	InsightsController(Insights insights, MessageSource messages) {
		this.insights = insights;
		this.messages = messages;
	}

	@GetMapping("/console/insights")
	String page(ConsoleContext console, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String carrier,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String channel, Locale locale, Model model) {
		InsightsFilter filter;
		try {
			filter = InsightsFilter.parse(from, to, carrier, country, channel, this.insights.today(console.shopId()));
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("errors",
					ex.violations().stream().collect(Collectors.toMap(v -> v.field(), v -> v.reason(), (a, b) -> a)));
			filter = InsightsFilter.lastDays(this.insights.today(console.shopId()), 30);
		}
		Kpis kpis = this.insights.kpis(console.shopId(), filter);
		Locale shopLocale = Locale.forLanguageTag(console.shop().defaultLocale());
		List<Chart> charts = Charts.of(kpis, this.messages, locale);
		model.addAttribute("filter", filter);
		model.addAttribute("kpis", kpis);
		model.addAttribute("tiles", new Tiles(shopLocale, kpis.currency(), this.messages, locale).of(kpis));
		model.addAttribute("charts", charts);
		model.addAttribute("chartJson", charts.stream().collect(Collectors.toMap(Chart::id, JSON::writeValueAsString)));
		model.addAttribute("numbers", new Tiles(shopLocale, kpis.currency(), this.messages, locale));
		model.addAttribute("shopLocale", shopLocale.toLanguageTag());
		model.addAttribute("choices", this.insights.choices(console.shopId()));
		// One channel filter: message channels narrow the funnel, the support channels
		// (WEB, API, PHONE) narrow support deflection; the names do not overlap.
		model.addAttribute("channels",
				Stream
					.concat(Arrays.stream(Channel.values()).map(Channel::name),
							Arrays.stream(dev.doorstep.support.Channel.values()).map(c -> c.name()))
					.toList());
		String query = query(filter);
		model.addAttribute("csvLinks", charts.stream()
			.collect(Collectors.toMap(Chart::id, chart -> "/console/insights/" + chart.id() + ".csv?" + query)));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "insights/dashboard";
	}

	@GetMapping("/console/insights/{chart}.csv")
	ResponseEntity<String> csv(ConsoleContext console, @PathVariable String chart,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String carrier,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String channel, Locale locale) {
		InsightsFilter filter = InsightsFilter.parse(from, to, carrier, country, channel,
				this.insights.today(console.shopId()));
		Chart found = Charts.of(this.insights.kpis(console.shopId(), filter), this.messages, locale)
			.stream()
			.filter(c -> c.id().equals(chart))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("chart", chart));
		String name = "insights-" + found.id() + "-" + filter.from() + "-" + filter.to() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(found.csv());
	}

	/** The filter as a query string, for the CSV links. */
	private static String query(InsightsFilter filter) {
		StringBuilder query = new StringBuilder("from=" + filter.from() + "&to=" + filter.to());
		if (filter.carrier() != null) {
			query.append("&carrier=").append(encode(filter.carrier()));
		}
		if (filter.country() != null) {
			query.append("&country=").append(encode(filter.country()));
		}
		if (filter.channel() != null) {
			query.append("&channel=").append(encode(filter.channel()));
		}
		return query.toString();
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
