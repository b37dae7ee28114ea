package dev.doorstep.insights.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.doorstep.insights.Kpis;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * Turns a KPI report into the dashboard's charts, in the reader's language. Every KPI of
 * the report has a chart here, and every chart has a CSV.
 */
final class Charts {

	/** Return rates by product and category show the highest this many. */
	static final int TOP = 15;

	private final MessageSource messages;

	private final Locale locale;

	private Charts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	static List<Chart> of(Kpis kpis, MessageSource messages, Locale locale) {
		return new Charts(messages, locale).build(kpis);
	}

	private String t(String key, Object... args) {
		return this.messages.getMessage("insights." + key, args, key, this.locale);
	}

	private List<Chart> build(Kpis k) {
		List<Chart> charts = new ArrayList<>();
		charts.add(new Chart("repurchase", t("chart.repurchase"), "bar", "percent", false, t("label.window"),
				List.of(t("label.days30"), t("label.days90")), List.of(
						new Chart.Series(t("series.repurchaseRate"),
								java.util.Arrays.asList(percent(k.repurchase().within30Days()),
										percent(k.repurchase().within90Days()))),
						new Chart.Series(t("series.customers"),
								List.of(k.repurchase().within30Days().whole(), k.repurchase().within90Days().whole())),
						new Chart.Series(t("series.repeatCustomers"),
								List.of(k.repurchase().within30Days().part(), k.repurchase().within90Days().part())))));
		Kpis.Satisfaction s = k.satisfaction();
		charts.add(new Chart("csat", t("chart.csat"), "bar", "count", false, t("label.score"), scores(1, 5),
				List.of(new Chart.Series(t("series.answers"), numbers(s.csatDistribution())))));
		charts.add(new Chart("nps", t("chart.nps"), "doughnut", "count", false, t("label.group"),
				List.of(t("label.detractors"), t("label.passives"), t("label.promoters")),
				List.of(new Chart.Series(t("series.answers"), List.of(s.detractors(), s.passives(), s.promoters())))));
		charts.add(new Chart("reviews", t("chart.reviews"), "bar", "count", false, t("label.stars"), scores(1, 5),
				List.of(new Chart.Series(t("series.reviews"), numbers(s.reviewDistribution())))));
		Kpis.ReturnFigures r = k.returns();
		charts.add(keyed("returns-by-product", t("chart.returnsByProduct"), t("label.sku"), r.byProduct()));
		charts.add(keyed("returns-by-category", t("chart.returnsByCategory"), t("label.category"), r.byCategory()));
		charts.add(new Chart("returns-by-reason", t("chart.returnsByReason"), "bar", "count", false, t("label.reason"),
				r.byReason().stream().map(c -> t("reason." + c.key())).toList(),
				List.of(new Chart.Series(t("series.units"),
						r.byReason().stream().map(c -> (Number) c.count()).toList()))));
		charts.add(new Chart("refunds", t("chart.refunds"), "bar", "money", false, t("label.kind"),
				List.of(t("label.refundsRequested"), t("label.storeCredit"), t("label.refundsIssued")),
				List.of(new Chart.Series(k.currency(), List.of(r.refunds(), r.storeCredit(), r.refundsIssued())))));
		charts.add(new Chart("exchange-share", t("chart.exchangeShare"), "doughnut", "count", false,
				t("label.resolution"), List.of(t("label.exchange"), t("label.otherResolution")),
				List.of(new Chart.Series(t("series.units"),
						List.of(r.exchangeShare().part(), r.exchangeShare().whole() - r.exchangeShare().part())))));
		Kpis.Delivery d = k.delivery();
		charts.add(new Chart("on-time", t("chart.onTime"), "bar", "percent", false, t("label.carrier"),
				d.onTime().stream().map(Kpis.CarrierOnTime::carrier).toList(),
				List.of(new Chart.Series(t("series.onTimeRate"),
						d.onTime().stream().map(c -> (Number) percent(c.onTime())).toList()),
						new Chart.Series(t("series.promised"),
								d.onTime().stream().map(c -> (Number) c.onTime().whole()).toList()),
						new Chart.Series(t("series.onTime"),
								d.onTime().stream().map(c -> (Number) c.onTime().part()).toList()))));
		List<Chart.Series> transit = new ArrayList<>();
		for (int b = 0; b < Kpis.TRANSIT_BUCKETS.size(); b++) {
			int bucket = b;
			transit.add(new Chart.Series(t("label.transitDays", Kpis.TRANSIT_BUCKETS.get(b)),
					d.lanes().stream().map(l -> (Number) l.distribution().get(bucket)).toList()));
		}
		transit.add(new Chart.Series(t("series.averageDays"),
				d.lanes().stream().map(l -> (Number) l.averageDays()).toList()));
		charts.add(new Chart("transit", t("chart.transit"), "bar", "count", true, t("label.lane"),
				d.lanes().stream().map(l -> l.origin() + " → " + l.destination()).toList(), transit));
		Kpis.WindowAccuracy w = d.windows();
		charts.add(new Chart("windows", t("chart.windows"), "bar", "count", false, t("label.outcome"),
				List.of(t("label.inFirstWindow"), t("label.early"), t("label.late"), t("label.inLastWindow")),
				List.of(new Chart.Series(t("series.parcels"),
						List.of(w.firstWindow().part(), w.early(), w.late(), w.lastWindow().part())))));
		Kpis.DelayAlerts a = d.delayAlerts();
		charts.add(new Chart("delay-alerts", t("chart.delayAlerts"), "bar", "count", false, t("label.stage"),
				List.of(t("label.raised"), t("label.resolved"), t("label.cameTrue")),
				List.of(new Chart.Series(t("series.alerts"), List.of(a.raised(), a.resolved(), a.cameTrue().part())))));
		charts.add(funnel(k.messages()));
		charts.add(new Chart("tracking-visits", t("chart.trackingVisits"), "bar", "count", false, t("label.views"),
				Kpis.VIEW_BUCKETS,
				List.of(new Chart.Series(t("series.parcels"), numbers(k.tracking().distribution())))));
		charts.add(new Chart("claims", t("chart.claims"), "bar", "count", true, t("label.claimType"),
				k.claims().stream().map(c -> t("claimType." + c.type())).toList(),
				List.of(series(t("outcome.open"), k.claims(), Kpis.ClaimFigures::open),
						series(t("outcome.approved"), k.claims(), Kpis.ClaimFigures::approved),
						series(t("outcome.rejected"), k.claims(), Kpis.ClaimFigures::rejected),
						series(t("outcome.resolved"), k.claims(), Kpis.ClaimFigures::resolved))));
		List<Kpis.SurfaceFigures> surfaces = k.crossSell().surfaces();
		List<String> surfaceLabels = surfaces.stream().map(f -> t("surface." + f.surface())).toList();
		charts.add(new Chart("cross-sell", t("chart.crossSell"), "bar", "count", false, t("label.surface"),
				surfaceLabels, List.of(series(t("series.clicks"), surfaces, Kpis.SurfaceFigures::clicks),
						series(t("series.attributedOrders"), surfaces, Kpis.SurfaceFigures::attributedOrders))));
		charts.add(new Chart("cross-sell-revenue", t("chart.crossSellRevenue"), "bar", "money", false,
				t("label.surface"), surfaceLabels,
				List.of(new Chart.Series(k.currency(), surfaces.stream().map(f -> (Number) f.revenue()).toList()))));
		charts.add(deflection(k.support()));
		return charts;
	}

	private Chart deflection(List<Kpis.Deflection> rows) {
		return new Chart("support-deflection", t("chart.supportDeflection"), "bar", "percent", false,
				t("label.intentChannel"),
				rows.stream().map(d -> t("intent." + d.intent()) + " · " + t("channel." + d.channel())).toList(),
				List.of(new Chart.Series(t("series.deflectionRate"),
						rows.stream().map(d -> (Number) percent(d.deflection())).toList()),
						series(t("series.answered"), rows, Kpis.Deflection::answered),
						series(t("series.handedOver"), rows, Kpis.Deflection::handedOver),
						series(t("series.confirmedHandovers"), rows, Kpis.Deflection::confirmed)));
	}

	private Chart keyed(String id, String title, String header, List<Kpis.Keyed> rows) {
		List<Kpis.Keyed> top = rows.stream().limit(TOP).toList();
		return new Chart(id, title, "bar", "percent", false, header, top.stream().map(Kpis.Keyed::key).toList(),
				List.of(new Chart.Series(t("series.returnRate"),
						top.stream().map(row -> (Number) percent(row.rate())).toList()),
						new Chart.Series(t("series.sold"),
								top.stream().map(row -> (Number) row.rate().whole()).toList()),
						new Chart.Series(t("series.returned"),
								top.stream().map(row -> (Number) row.rate().part()).toList())));
	}

	private Chart funnel(List<Kpis.Funnel> funnels) {
		List<String> labels = funnels.stream()
			.map(f -> t("journey." + f.journey()) + " · " + t("channel." + f.channel()))
			.toList();
		return new Chart("messages", t("chart.messages"), "bar", "count", false, t("label.journeyChannel"), labels,
				List.of(series(t("stage.sent"), funnels, Kpis.Funnel::sent),
						series(t("stage.delivered"), funnels, Kpis.Funnel::delivered),
						series(t("stage.opened"), funnels, Kpis.Funnel::opened),
						series(t("stage.clicked"), funnels, Kpis.Funnel::clicked),
						series(t("stage.bounced"), funnels, Kpis.Funnel::bounced),
						series(t("stage.unsubscribed"), funnels, Kpis.Funnel::unsubscribed),
						series(t("stage.failed"), funnels, Kpis.Funnel::failed)));
	}

	private static <T> Chart.Series series(String name, List<T> rows, Function<T, Long> value) {
		return new Chart.Series(name, rows.stream().map(row -> (Number) value.apply(row)).toList());
	}

	/** The rate in percent, null when there is nothing to divide by. */
	static @Nullable Double percent(Kpis.Rate rate) {
		return (rate.rate() != null) ? rate.rate() * 100 : null;
	}

	private static List<String> scores(int from, int to) {
		List<String> labels = new ArrayList<>();
		for (int i = from; i <= to; i++) {
			labels.add(Integer.toString(i));
		}
		return labels;
	}

	private static List<Number> numbers(List<Long> values) {
		return new ArrayList<>(values);
	}

}
