package dev.doorstep.insights.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.doorstep.insights.InsightsFilter;
import dev.doorstep.insights.Kpis;
import dev.doorstep.insights.Kpis.Rate;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Computes the KPIs from the insights tables alone, every query filtered by shop. The
 * formulas are the ones {@code docs/guides/insights.md} gives; a parcel's day of delivery
 * is its calendar day in the destination country (the shop's zone when unknown), the
 * calendar the delivery windows and promised days are written in.
 */
@Repository
public class KpiQueries {

	/** Bind values of one report. */
	private record Scope(ShopId shop, InsightsFilter filter, Instant from, Instant to, Instant now, ZoneId zone,
			String currency) {

		Map<String, Object> params() {
			Map<String, Object> params = new HashMap<>();
			params.put("shop", this.shop.value());
			params.put("from", Timestamp.from(this.from));
			params.put("to", Timestamp.from(this.to));
			params.put("now", Timestamp.from(this.now));
			params.put("zone", this.zone.getId());
			params.put("currency", this.currency);
			if (this.filter.carrier() != null) {
				params.put("carrier", this.filter.carrier());
			}
			if (this.filter.country() != null) {
				params.put("country", this.filter.country());
			}
			if (this.filter.channel() != null) {
				params.put("channel", this.filter.channel());
			}
			return params;
		}

		/** {@code AND alias.country = :country} when the report is for one country. */
		String country(String alias) {
			return (this.filter.country() != null) ? " AND " + alias + ".country = :country" : "";
		}

		String carrier(String alias) {
			return (this.filter.carrier() != null) ? " AND " + alias + ".carrier = :carrier" : "";
		}

		/**
		 * {@code AND alias.channel = :channel} when the report is for one message
		 * channel; a support channel leaves the message funnel unfiltered.
		 */
		String channel(String alias) {
			return (this.filter.channel() != null && !isSupportChannel(this.filter.channel()))
					? " AND " + alias + ".channel = :channel" : "";
		}

		/**
		 * {@code AND alias.channel = :channel} when the report is for one support channel
		 * (WEB, API, PHONE); a message channel leaves the support figures unfiltered.
		 */
		String supportChannel(String alias) {
			return (this.filter.channel() != null && isSupportChannel(this.filter.channel()))
					? " AND " + alias + ".channel = :channel" : "";
		}

	}

	/** Whether a channel filter names where a support question came from. */
	static boolean isSupportChannel(String channel) {
		return Arrays.stream(dev.doorstep.support.Channel.values()).anyMatch(c -> c.name().equals(channel));
	}

	private final JdbcClient jdbc;

	KpiQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The shop's most frequent order currency, or {@code fallback} before any order. */
	public String currency(ShopId shop, String fallback) {
		return this.jdbc.sql("""
				SELECT currency FROM insights_order WHERE shop_id = :shop AND currency IS NOT NULL
				GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1
				""").param("shop", shop.value()).query(String.class).optional().orElse(fallback);
	}

	/** Carriers the shop's parcels went with, for the filter. */
	public List<String> carriers(ShopId shop) {
		return this.jdbc.sql("SELECT DISTINCT carrier FROM insights_shipment WHERE shop_id = :shop ORDER BY carrier")
			.param("shop", shop.value())
			.query(String.class)
			.list();
	}

	/** Shipping countries of the shop's orders, for the filter. */
	public List<String> countries(ShopId shop) {
		return this.jdbc.sql("""
				SELECT DISTINCT country FROM insights_order WHERE shop_id = :shop AND country IS NOT NULL
				ORDER BY country
				""").param("shop", shop.value()).query(String.class).list();
	}

	public Kpis kpis(ShopId shop, InsightsFilter filter, ZoneId zone, Instant now, String currency) {
		Scope scope = new Scope(shop, filter, filter.from().atStartOfDay(zone).toInstant(),
				filter.to().plusDays(1).atStartOfDay(zone).toInstant(), now, zone, currency);
		return new Kpis(filter, currency, repurchase(scope), satisfaction(scope), returns(scope),
				new Kpis.Delivery(onTime(scope), lanes(scope), windows(scope), delays(scope)), funnels(scope),
				tracking(scope), claims(scope), crossSell(scope), support(scope));
	}

	private JdbcClient.StatementSpec sql(Scope scope, String sql) {
		return this.jdbc.sql(sql).params(scope.params());
	}

	private Kpis.Repurchase repurchase(Scope scope) {
		return sql(scope,
				"""
						WITH firsts AS (
						  SELECT customer_key, min(placed_at) AS first_at FROM insights_order
						  WHERE shop_id = :shop AND customer_key IS NOT NULL AND cancelled_at IS NULL GROUP BY customer_key
						), cohort AS (
						  SELECT DISTINCT f.customer_key, f.first_at FROM firsts f
						  JOIN insights_order o ON o.shop_id = :shop AND o.customer_key = f.customer_key
						    AND o.placed_at = f.first_at AND o.cancelled_at IS NULL
						  WHERE f.first_at >= :from AND f.first_at < :to %s
						), flagged AS (
						  SELECT c.first_at,
						    EXISTS (SELECT 1 FROM insights_order r WHERE r.shop_id = :shop AND r.customer_key = c.customer_key
						      AND r.cancelled_at IS NULL AND r.placed_at > c.first_at
						      AND r.placed_at <= c.first_at + INTERVAL '30 days') AS again30,
						    EXISTS (SELECT 1 FROM insights_order r WHERE r.shop_id = :shop AND r.customer_key = c.customer_key
						      AND r.cancelled_at IS NULL AND r.placed_at > c.first_at
						      AND r.placed_at <= c.first_at + INTERVAL '90 days') AS again90
						  FROM cohort c
						)
						SELECT count(*) FILTER (WHERE first_at <= CAST(:now AS TIMESTAMPTZ) - INTERVAL '30 days') AS whole30,
						  count(*) FILTER (WHERE first_at <= CAST(:now AS TIMESTAMPTZ) - INTERVAL '30 days' AND again30) AS part30,
						  count(*) FILTER (WHERE first_at <= CAST(:now AS TIMESTAMPTZ) - INTERVAL '90 days') AS whole90,
						  count(*) FILTER (WHERE first_at <= CAST(:now AS TIMESTAMPTZ) - INTERVAL '90 days' AND again90) AS part90
						FROM flagged
						"""
					.formatted(scope.country("o")))
			.query((rs, n) -> new Kpis.Repurchase(Rate.of(rs.getLong("part30"), rs.getLong("whole30")),
					Rate.of(rs.getLong("part90"), rs.getLong("whole90"))))
			.single();
	}

	private Kpis.Satisfaction satisfaction(Scope scope) {
		Map<String, long[]> counts = new HashMap<>();
		counts.put("CSAT", new long[6]);
		counts.put("NPS", new long[11]);
		counts.put("REVIEW", new long[6]);
		String join = (scope.filter().country() != null)
				? " JOIN insights_order o ON o.shop_id = r.shop_id AND o.order_id = r.order_id" + scope.country("o")
				: "";
		sql(scope, """
				SELECT r.kind, r.score, count(*) AS answers FROM insights_rating r %s
				WHERE r.shop_id = :shop AND r.answered_at >= :from AND r.answered_at < :to
				GROUP BY r.kind, r.score
				""".formatted(join)).query((rs, n) -> {
			long[] scores = counts.get(rs.getString("kind"));
			int score = rs.getInt("score");
			if (scores != null && score >= 0 && score < scores.length) {
				scores[score] += rs.getLong("answers");
			}
			return null;
		}).list();
		long[] csat = counts.get("CSAT");
		long[] nps = counts.get("NPS");
		long[] review = counts.get("REVIEW");
		long npsAnswers = sum(nps, 0, 10);
		long promoters = sum(nps, 9, 10);
		long passives = sum(nps, 7, 8);
		long detractors = sum(nps, 0, 6);
		Double npsScore = (npsAnswers == 0) ? null : 100.0 * (promoters - detractors) / npsAnswers;
		return new Kpis.Satisfaction(sum(csat, 1, 5), average(csat, 1), distribution(csat, 1), npsAnswers, promoters,
				passives, detractors, npsScore, sum(review, 1, 5), average(review, 1), distribution(review, 1));
	}

	private Kpis.ReturnFigures returns(Scope scope) {
		Map<String, long[]> bySku = new TreeMap<>();
		Map<String, String> categories = new HashMap<>();
		sql(scope, """
				SELECT l.sku, l.category, sum(l.quantity) AS units FROM insights_order_line l
				JOIN insights_order o ON o.shop_id = l.shop_id AND o.order_id = l.order_id
				WHERE l.shop_id = :shop AND o.placed_at >= :from AND o.placed_at < :to AND o.cancelled_at IS NULL %s
				GROUP BY l.sku, l.category
				""".formatted(scope.country("o"))).query((rs, n) -> {
			bySku.computeIfAbsent(rs.getString("sku"), sku -> new long[2])[1] += rs.getLong("units");
			if (rs.getString("category") != null) {
				categories.put(rs.getString("sku"), rs.getString("category"));
			}
			return null;
		}).list();
		sql(scope, """
				SELECT rl.sku, rl.category, sum(rl.quantity) AS units FROM insights_return_line rl
				JOIN insights_return r ON r.shop_id = rl.shop_id AND r.return_id = rl.return_id
				JOIN insights_order o ON o.shop_id = r.shop_id AND o.order_id = r.order_id
				WHERE rl.shop_id = :shop AND r.rejected_at IS NULL AND o.placed_at >= :from AND o.placed_at < :to
				  AND o.cancelled_at IS NULL %s
				GROUP BY rl.sku, rl.category
				""".formatted(scope.country("o"))).query((rs, n) -> {
			bySku.computeIfAbsent(rs.getString("sku"), sku -> new long[2])[0] += rs.getLong("units");
			if (rs.getString("category") != null) {
				categories.putIfAbsent(rs.getString("sku"), rs.getString("category"));
			}
			return null;
		}).list();
		Map<String, long[]> byCategory = new TreeMap<>();
		long returned = 0;
		long sold = 0;
		for (Map.Entry<String, long[]> sku : bySku.entrySet()) {
			long[] units = byCategory.computeIfAbsent(categories.getOrDefault(sku.getKey(), "–"), c -> new long[2]);
			units[0] += sku.getValue()[0];
			units[1] += sku.getValue()[1];
			returned += sku.getValue()[0];
			sold += sku.getValue()[1];
		}
		String countryJoin = (scope.filter().country() != null)
				? " JOIN insights_order o ON o.shop_id = r.shop_id AND o.order_id = r.order_id" + scope.country("o")
				: "";
		Map<String, Long> reasons = new TreeMap<>();
		long[] exchange = new long[2];
		sql(scope, """
				SELECT rl.reason, rl.resolution, sum(rl.quantity) AS units FROM insights_return_line rl
				JOIN insights_return r ON r.shop_id = rl.shop_id AND r.return_id = rl.return_id %s
				WHERE rl.shop_id = :shop AND r.rejected_at IS NULL AND r.requested_at >= :from AND r.requested_at < :to
				GROUP BY rl.reason, rl.resolution
				""".formatted(countryJoin)).query((rs, n) -> {
			long units = rs.getLong("units");
			reasons.merge(rs.getString("reason"), units, Long::sum);
			exchange[1] += units;
			if ("EXCHANGE".equals(rs.getString("resolution"))) {
				exchange[0] += units;
			}
			return null;
		}).list();
		BigDecimal[] money = sql(scope,
				"""
						SELECT
						  coalesce(sum(r.refund) FILTER (WHERE r.refund_requested_at >= :from AND r.refund_requested_at < :to), 0)
						    AS refunds,
						  coalesce(sum(r.store_credit)
						    FILTER (WHERE r.refund_requested_at >= :from AND r.refund_requested_at < :to), 0) AS credit,
						  coalesce(sum(r.refund_issued)
						    FILTER (WHERE r.refund_issued_at >= :from AND r.refund_issued_at < :to), 0) AS issued
						FROM insights_return r %s
						WHERE r.shop_id = :shop AND r.currency = :currency
						"""
					.formatted(countryJoin))
			.query((rs,
					n) -> new BigDecimal[] { rs.getBigDecimal("refunds"), rs.getBigDecimal("credit"),
							rs.getBigDecimal("issued") })
			.single();
		return new Kpis.ReturnFigures(Rate.of(returned, sold), keyed(bySku), keyed(byCategory),
				reasons.entrySet().stream().map(e -> new Kpis.Count(e.getKey(), e.getValue())).toList(), money[0],
				money[1], money[2], Rate.of(exchange[0], exchange[1]));
	}

	/** Delivered parcels, with their delivery day in the destination's calendar. */
	private static final String DELIVERED = """
			SELECT s.*, (s.delivered_at AT TIME ZONE coalesce(s.zone, :zone))::date AS day
			FROM insights_shipment s
			WHERE s.shop_id = :shop AND s.delivered_at >= :from AND s.delivered_at < :to
			""";

	private List<Kpis.CarrierOnTime> onTime(Scope scope) {
		return sql(scope, """
				SELECT d.carrier, count(*) FILTER (WHERE d.promised_date IS NOT NULL) AS promised,
				  count(*) FILTER (WHERE d.day <= d.promised_date) AS on_time
				FROM (%s %s %s) d GROUP BY d.carrier ORDER BY d.carrier
				""".formatted(DELIVERED, scope.carrier("s"), scope.country("s")))
			.query((rs, n) -> new Kpis.CarrierOnTime(rs.getString("carrier"),
					Rate.of(rs.getLong("on_time"), rs.getLong("promised"))))
			.list();
	}

	private List<Kpis.Lane> lanes(Scope scope) {
		Map<String, long[]> buckets = new TreeMap<>();
		Map<String, long[]> totals = new HashMap<>();
		sql(scope, """
				SELECT coalesce(d.origin_country, '?') AS origin, coalesce(d.country, '?') AS destination,
				  d.day - (d.shipped_at AT TIME ZONE coalesce(d.zone, :zone))::date AS days, count(*) AS parcels
				FROM (%s %s %s) d WHERE d.shipped_at IS NOT NULL GROUP BY 1, 2, 3
				""".formatted(DELIVERED, scope.carrier("s"), scope.country("s"))).query((rs, n) -> {
			String lane = rs.getString("origin") + "→" + rs.getString("destination");
			int days = Math.max(0, rs.getInt("days"));
			long parcels = rs.getLong("parcels");
			buckets.computeIfAbsent(lane, l -> new long[Kpis.TRANSIT_BUCKETS.size()])[Math.min(5,
					Math.max(0, days - 1))] += parcels;
			long[] total = totals.computeIfAbsent(lane, l -> new long[2]);
			total[0] += parcels;
			total[1] += parcels * days;
			return null;
		}).list();
		List<Kpis.Lane> lanes = new ArrayList<>();
		buckets.forEach((lane, counts) -> {
			String[] ends = lane.split("→", 2);
			long[] total = totals.get(lane);
			lanes.add(new Kpis.Lane(ends[0], ends[1], total[0], (double) total[1] / total[0], list(counts)));
		});
		return lanes;
	}

	private Kpis.WindowAccuracy windows(Scope scope) {
		return sql(scope, """
				WITH d AS (%s %s %s),
				firsts AS (
				  SELECT DISTINCT ON (w.shipment_id) w.shipment_id, w.earliest, w.latest FROM insights_window w
				  JOIN d ON d.shipment_id = w.shipment_id
				  WHERE w.shop_id = :shop AND w.occurred_at <= d.delivered_at ORDER BY w.shipment_id, w.occurred_at
				),
				lasts AS (
				  SELECT DISTINCT ON (w.shipment_id) w.shipment_id, w.earliest, w.latest FROM insights_window w
				  JOIN d ON d.shipment_id = w.shipment_id
				  WHERE w.shop_id = :shop AND w.occurred_at <= d.delivered_at
				  ORDER BY w.shipment_id, w.occurred_at DESC
				)
				SELECT count(f.shipment_id) AS first_total,
				  count(*) FILTER (WHERE d.day BETWEEN f.earliest AND f.latest) AS first_hit,
				  count(*) FILTER (WHERE d.day < f.earliest) AS early,
				  count(*) FILTER (WHERE d.day > f.latest) AS late,
				  count(l.shipment_id) AS last_total,
				  count(*) FILTER (WHERE d.day BETWEEN l.earliest AND l.latest) AS last_hit
				FROM d LEFT JOIN firsts f ON f.shipment_id = d.shipment_id
				LEFT JOIN lasts l ON l.shipment_id = d.shipment_id
				""".formatted(DELIVERED, scope.carrier("s"), scope.country("s")))
			.query((rs, n) -> new Kpis.WindowAccuracy(Rate.of(rs.getLong("first_hit"), rs.getLong("first_total")),
					rs.getLong("early"), rs.getLong("late"), Rate.of(rs.getLong("last_hit"), rs.getLong("last_total"))))
			.single();
	}

	private Kpis.DelayAlerts delays(Scope scope) {
		return sql(scope, """
				SELECT count(*) AS raised, count(s.delivered_at) AS resolved,
				  count(*) FILTER (WHERE (s.delivered_at AT TIME ZONE coalesce(s.zone, :zone))::date > a.promised_date)
				    AS came_true
				FROM insights_delay_alert a
				LEFT JOIN insights_shipment s ON s.shop_id = a.shop_id AND s.shipment_id = a.shipment_id
				WHERE a.shop_id = :shop AND a.raised_at >= :from AND a.raised_at < :to %s %s
				""".formatted(scope.carrier("s"), scope.country("s")))
			.query((rs, n) -> new Kpis.DelayAlerts(rs.getLong("raised"), rs.getLong("resolved"),
					Rate.of(rs.getLong("came_true"), rs.getLong("resolved"))))
			.single();
	}

	private List<Kpis.Funnel> funnels(Scope scope) {
		String join = (scope.filter().country() != null)
				? " JOIN insights_order o ON o.shop_id = m.shop_id AND o.order_id = m.order_id" + scope.country("o")
				: "";
		return sql(scope, """
				SELECT m.journey, m.channel,
				  count(*) FILTER (WHERE m.sent OR m.delivered OR m.opened OR m.clicked OR m.bounced) AS sent,
				  count(*) FILTER (WHERE m.delivered OR m.opened OR m.clicked) AS delivered,
				  count(*) FILTER (WHERE m.opened OR m.clicked) AS opened,
				  count(*) FILTER (WHERE m.clicked) AS clicked,
				  count(*) FILTER (WHERE m.bounced) AS bounced,
				  count(*) FILTER (WHERE m.unsubscribed) AS unsubscribed,
				  count(*) FILTER (WHERE m.failed AND NOT (m.sent OR m.delivered OR m.opened OR m.clicked OR m.bounced))
				    AS failed
				FROM insights_message m %s
				WHERE m.shop_id = :shop AND m.first_seen_at >= :from AND m.first_seen_at < :to %s
				GROUP BY m.journey, m.channel ORDER BY m.journey, m.channel
				""".formatted(join, scope.channel("m")))
			.query((rs, n) -> new Kpis.Funnel(rs.getString("journey"), rs.getString("channel"), rs.getLong("sent"),
					rs.getLong("delivered"), rs.getLong("opened"), rs.getLong("clicked"), rs.getLong("bounced"),
					rs.getLong("unsubscribed"), rs.getLong("failed")))
			.list();
	}

	private Kpis.TrackingVisits tracking(Scope scope) {
		return sql(scope, """
				SELECT count(*) AS parcels, coalesce(sum(x.views), 0) AS views,
				  count(*) FILTER (WHERE x.views > 0) AS viewed,
				  count(*) FILTER (WHERE x.views = 0) AS b0, count(*) FILTER (WHERE x.views = 1) AS b1,
				  count(*) FILTER (WHERE x.views = 2) AS b2, count(*) FILTER (WHERE x.views BETWEEN 3 AND 5) AS b3,
				  count(*) FILTER (WHERE x.views >= 6) AS b4
				FROM (
				  SELECT s.shipment_id, coalesce(sum(v.views), 0) AS views FROM insights_shipment s
				  LEFT JOIN insights_page_views v ON v.shop_id = s.shop_id AND v.shipment_id = s.shipment_id
				  WHERE s.shop_id = :shop AND coalesce(s.shipped_at, s.created_at) >= :from
				    AND coalesce(s.shipped_at, s.created_at) < :to %s %s
				  GROUP BY s.shipment_id
				) x
				""".formatted(scope.carrier("s"), scope.country("s"))).query((rs, n) -> {
			long parcels = rs.getLong("parcels");
			long views = rs.getLong("views");
			return new Kpis.TrackingVisits(parcels, views, rs.getLong("viewed"),
					(parcels == 0) ? null : (double) views / parcels,
					List.of(rs.getLong("b0"), rs.getLong("b1"), rs.getLong("b2"), rs.getLong("b3"), rs.getLong("b4")));
		}).single();
	}

	private List<Kpis.ClaimFigures> claims(Scope scope) {
		String join = (scope.filter().country() != null)
				? " JOIN insights_order o ON o.shop_id = c.shop_id AND o.order_id = c.order_id" + scope.country("o")
				: "";
		return sql(scope, """
				SELECT c.type, count(*) AS filed, count(*) FILTER (WHERE c.outcome = 'FILED') AS open,
				  count(*) FILTER (WHERE c.outcome = 'APPROVED') AS approved,
				  count(*) FILTER (WHERE c.outcome = 'REJECTED') AS rejected,
				  count(*) FILTER (WHERE c.outcome = 'RESOLVED') AS resolved
				FROM insights_claim c %s
				WHERE c.shop_id = :shop AND c.filed_at >= :from AND c.filed_at < :to %s
				GROUP BY c.type ORDER BY c.type
				""".formatted(join, scope.carrier("c")))
			.query((rs, n) -> new Kpis.ClaimFigures(rs.getString("type"), rs.getLong("filed"), rs.getLong("open"),
					rs.getLong("approved"), rs.getLong("rejected"), rs.getLong("resolved")))
			.list();
	}

	private Kpis.CrossSell crossSell(Scope scope) {
		Map<String, Object[]> surfaces = new LinkedHashMap<>();
		String clickJoin = (scope.filter().country() != null)
				? " JOIN insights_order o ON o.shop_id = c.shop_id AND o.order_id = c.order_id" + scope.country("o")
				: "";
		sql(scope, """
				SELECT c.surface, count(*) AS clicks FROM insights_reco_click c %s
				WHERE c.shop_id = :shop AND c.clicked_at >= :from AND c.clicked_at < :to
				GROUP BY c.surface ORDER BY c.surface
				""".formatted(clickJoin)).query((rs, n) -> {
			surfaces.put(rs.getString("surface"), new Object[] { rs.getLong("clicks"), 0L, BigDecimal.ZERO });
			return null;
		}).list();
		sql(scope, """
				SELECT r.surface, count(DISTINCT r.order_id) AS orders, sum(r.revenue) AS revenue
				FROM insights_reco_revenue r
				LEFT JOIN insights_order o ON o.shop_id = r.shop_id AND o.order_id = r.order_id
				WHERE r.shop_id = :shop AND r.currency = :currency
				  AND coalesce(o.placed_at, r.clicked_at) >= :from AND coalesce(o.placed_at, r.clicked_at) < :to %s
				GROUP BY r.surface ORDER BY r.surface
				""".formatted(scope.country("o"))).query((rs, n) -> {
			Object[] figures = surfaces.computeIfAbsent(rs.getString("surface"),
					s -> new Object[] { 0L, 0L, BigDecimal.ZERO });
			figures[1] = rs.getLong("orders");
			figures[2] = rs.getBigDecimal("revenue");
			return null;
		}).list();
		List<Kpis.SurfaceFigures> rows = new ArrayList<>();
		long clicks = 0;
		long orders = 0;
		BigDecimal revenue = BigDecimal.ZERO;
		for (Map.Entry<String, Object[]> surface : new TreeMap<>(surfaces).entrySet()) {
			Object[] f = surface.getValue();
			rows.add(new Kpis.SurfaceFigures(surface.getKey(), (Long) f[0], (Long) f[1], (BigDecimal) f[2]));
			clicks += (Long) f[0];
			orders += (Long) f[1];
			revenue = revenue.add((BigDecimal) f[2]);
		}
		return new Kpis.CrossSell(rows, clicks, orders, revenue);
	}

	/**
	 * Answers and confirmed hand-overs in the range per intent and channel. The support
	 * tables carry no order, so the country and carrier filters do not apply.
	 */
	private List<Kpis.Deflection> support(Scope scope) {
		return sql(scope, """
				WITH answers AS (
				  SELECT a.intent, a.channel, count(*) AS answered, count(*) FILTER (WHERE a.handed_over) AS flagged
				  FROM insights_support_answer a
				  WHERE a.shop_id = :shop AND a.answered_at >= :from AND a.answered_at < :to %s
				  GROUP BY a.intent, a.channel
				), handovers AS (
				  SELECT h.intent, h.channel, count(*) AS confirmed FROM insights_support_handover h
				  WHERE h.shop_id = :shop AND h.handed_over_at >= :from AND h.handed_over_at < :to %s
				  GROUP BY h.intent, h.channel
				)
				SELECT coalesce(a.intent, h.intent) AS intent, coalesce(a.channel, h.channel) AS channel,
				  coalesce(a.answered, 0) AS answered, coalesce(a.flagged, 0) AS flagged,
				  coalesce(h.confirmed, 0) AS confirmed
				FROM answers a FULL JOIN handovers h ON h.intent = a.intent AND h.channel = a.channel
				ORDER BY 1, 2
				""".formatted(scope.supportChannel("a"), scope.supportChannel("h")))
			.query((rs, n) -> Kpis.Deflection.of(rs.getString("intent"), rs.getString("channel"),
					rs.getLong("answered"), rs.getLong("flagged"), rs.getLong("confirmed")))
			.list();
	}

	private static List<Kpis.Keyed> keyed(Map<String, long[]> units) {
		List<Kpis.Keyed> rows = new ArrayList<>();
		units.forEach((key, counts) -> rows.add(new Kpis.Keyed(key, Rate.of(counts[0], counts[1]))));
		// Highest return rate first: what the merchant should look at.
		rows.sort((a, b) -> {
			double ra = (a.rate().rate() != null) ? a.rate().rate() : -1;
			double rb = (b.rate().rate() != null) ? b.rate().rate() : -1;
			return (ra != rb) ? Double.compare(rb, ra) : a.key().compareTo(b.key());
		});
		return Collections.unmodifiableList(rows);
	}

	private static long sum(long[] counts, int fromScore, int toScore) {
		long sum = 0;
		for (int i = fromScore; i <= toScore; i++) {
			sum += counts[i];
		}
		return sum;
	}

	private static @Nullable Double average(long[] counts, int lowest) {
		long answers = 0;
		long total = 0;
		for (int i = lowest; i < counts.length; i++) {
			answers += counts[i];
			total += counts[i] * i;
		}
		return (answers == 0) ? null : (double) total / answers;
	}

	private static List<Long> distribution(long[] counts, int lowest) {
		List<Long> list = new ArrayList<>();
		for (int i = lowest; i < counts.length; i++) {
			list.add(counts[i]);
		}
		return List.copyOf(list);
	}

	private static List<Long> list(long[] counts) {
		List<Long> list = new ArrayList<>();
		for (long count : counts) {
			list.add(count);
		}
		return List.copyOf(list);
	}

}
