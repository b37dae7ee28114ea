package dev.doorstep.insights;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Every KPI of one report, exact for what the read models hold. Formulas are in
 * {@code docs/guides/insights.md}; a rate carries its numerator and denominator so a
 * reader can check it.
 *
 * @param currency the shop's main currency (its most frequent order currency): money
 * figures count only amounts in it
 * @param support support deflection per intent and channel, sorted by both
 */
public record Kpis(InsightsFilter filter, String currency, Repurchase repurchase, Satisfaction satisfaction,
		ReturnFigures returns, Delivery delivery, List<Funnel> messages, TrackingVisits tracking,
		List<ClaimFigures> claims, CrossSell crossSell, List<Deflection> support) {

	/** Buckets of the transit-time distribution, in calendar days. */
	public static final List<String> TRANSIT_BUCKETS = List.of("0–1", "2", "3", "4", "5", "6+");

	/** Buckets of the page-views-per-parcel distribution. */
	public static final List<String> VIEW_BUCKETS = List.of("0", "1", "2", "3–5", "6+");

	/**
	 * A share: {@code part} of {@code whole}, and {@code rate} = part / whole (0–1), null
	 * when the whole is 0.
	 */
	public record Rate(long part, long whole, @Nullable Double rate) {

		public static Rate of(long part, long whole) {
			return new Rate(part, whole, (whole == 0) ? null : (double) part / whole);
		}

	}

	/**
	 * Customers whose first order falls in the range and is at least 30 (90) days old
	 * (the whole), and those of them who ordered again within 30 (90) days of it (the
	 * part).
	 */
	public record Repurchase(Rate within30Days, Rate within90Days) {
	}

	/**
	 * Delivery ratings (CSAT 1–5), NPS answers (0–10) and review stars (1–5) given in the
	 * range. Distributions list the count per score, lowest score first.
	 *
	 * @param nps promoters (9–10) minus detractors (0–6), in percent of answers (−100 to
	 * 100)
	 */
	public record Satisfaction(long csatAnswers, @Nullable Double csatAverage, List<Long> csatDistribution,
			long npsAnswers, long promoters, long passives, long detractors, @Nullable Double nps, long reviews,
			@Nullable Double reviewAverage, List<Long> reviewDistribution) {
	}

	/** Returned units against units sold, for one product or category. */
	public record Keyed(String key, Rate rate) {
	}

	/** A count under a key. */
	public record Count(String key, long count) {
	}

	/**
	 * @param overall returned units of orders placed in the range (returns not rejected)
	 * against units sold in them
	 * @param byReason returned units by reason, of returns requested in the range
	 * @param refunds refunds the shop was asked for in the range
	 * @param storeCredit store credit the shop was asked to grant in the range
	 * @param refundsIssued refunds the shop confirmed in the range
	 * @param exchangeShare returned units resolved by an exchange, of all units of
	 * returns requested in the range
	 */
	public record ReturnFigures(Rate overall, List<Keyed> byProduct, List<Keyed> byCategory, List<Count> byReason,
			BigDecimal refunds, BigDecimal storeCredit, BigDecimal refundsIssued, Rate exchangeShare) {
	}

	/** Parcels delivered in the range. */
	public record Delivery(List<CarrierOnTime> onTime, List<Lane> lanes, WindowAccuracy windows,
			DelayAlerts delayAlerts) {
	}

	/**
	 * Parcels of a carrier delivered in the range with a promised date (whole), and those
	 * delivered on or before it (part).
	 */
	public record CarrierOnTime(String carrier, Rate onTime) {
	}

	/**
	 * Transit times from the shipping day to the delivery day of one lane.
	 *
	 * @param distribution parcels per {@link #TRANSIT_BUCKETS} bucket
	 */
	public record Lane(String origin, String destination, long delivered, @Nullable Double averageDays,
			List<Long> distribution) {
	}

	/**
	 * Delivered parcels against the delivery window they were first shown and the last
	 * one before delivery.
	 */
	public record WindowAccuracy(Rate firstWindow, long early, long late, Rate lastWindow) {
	}

	/**
	 * @param raised delay alerts raised in the range
	 * @param resolved of those, alerts whose parcel has been delivered
	 * @param cameTrue of the resolved, parcels delivered after the promised day (the rate
	 * is cameTrue / resolved)
	 */
	public record DelayAlerts(long raised, long resolved, Rate cameTrue) {
	}

	/**
	 * Messages of one journey (its trigger) on one channel first seen in the range. A
	 * later stage implies the earlier ones: an open proves delivery, a click proves an
	 * open.
	 */
	public record Funnel(String journey, String channel, long sent, long delivered, long opened, long clicked,
			long bounced, long unsubscribed, long failed) {
	}

	/**
	 * Page views of parcels shipped in the range.
	 *
	 * @param distribution parcels per {@link #VIEW_BUCKETS} bucket
	 */
	public record TrackingVisits(long shipments, long views, long viewedShipments, @Nullable Double viewsPerShipment,
			List<Long> distribution) {
	}

	/** Claims of one type filed in the range, by where they stand now. */
	public record ClaimFigures(String type, long filed, long open, long approved, long rejected, long resolved) {
	}

	/**
	 * Recommendation clicks in the range, and revenue of orders placed in the range that
	 * the recommendation module attributed to a click.
	 */
	public record CrossSell(List<SurfaceFigures> surfaces, long clicks, long attributedOrders, BigDecimal revenue) {
	}

	public record SurfaceFigures(String surface, long clicks, long attributedOrders, BigDecimal revenue) {
	}

	/**
	 * Questions the support assistant answered in the range with one intent on one
	 * channel, and how many of them a person had to take over. A confirmed hand-over does
	 * not name its conversation, so the two sources are matched by count within the
	 * group, never added: see {@code docs/guides/insights.md}.
	 *
	 * @param intent the support intent ({@code WHERE_IS_IT}, {@code RETURN}, …)
	 * @param channel where the question came from: {@code WEB}, {@code API} or
	 * {@code PHONE}
	 * @param answered distinct conversations answered in the range
	 * @param flagged of those, answers that handed over (asked for a person, or the
	 * assistant could not answer)
	 * @param confirmed shoppers who confirmed "contact the shop" in the range, with this
	 * intent and channel
	 * @param handedOver the larger of flagged and confirmed, at most answered
	 * @param deflection answered without hand-over (answered − handedOver) of answered
	 */
	public record Deflection(String intent, String channel, long answered, long flagged, long confirmed,
			long handedOver, Rate deflection) {

		public static Deflection of(String intent, String channel, long answered, long flagged, long confirmed) {
			long handedOver = Math.min(answered, Math.max(flagged, confirmed));
			return new Deflection(intent, channel, answered, flagged, confirmed, handedOver,
					Rate.of(answered - handedOver, answered));
		}

	}

}
