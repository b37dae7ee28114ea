package dev.doorstep.insights;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import dev.doorstep.claim.ClaimApproved;
import dev.doorstep.claim.ClaimFiled;
import dev.doorstep.claim.ClaimId;
import dev.doorstep.claim.ClaimRejected;
import dev.doorstep.claim.ClaimResolved;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Resolution;
import dev.doorstep.delivery.DelayReason;
import dev.doorstep.delivery.DeliveryDelayPredicted;
import dev.doorstep.delivery.DeliveryEstimateChanged;
import dev.doorstep.delivery.DeliveryWindow;
import dev.doorstep.delivery.PredictionBasis;
import dev.doorstep.feedback.DeliveryRated;
import dev.doorstep.feedback.NpsAnswered;
import dev.doorstep.feedback.ReviewSubmitted;
import dev.doorstep.insights.InsightsScenario.Line;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.MessageFailed;
import dev.doorstep.notification.MessageReceiptRecorded;
import dev.doorstep.notification.MessageSent;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.MessageUnsubscribed;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderPlaced;
import dev.doorstep.order.Orders;
import dev.doorstep.recommendation.RecommendationClicked;
import dev.doorstep.recommendation.RevenueAttributed;
import dev.doorstep.recommendation.Surface;
import dev.doorstep.returns.RefundIssued;
import dev.doorstep.returns.RefundRequested;
import dev.doorstep.returns.ReturnQuote;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.ReturnRejected;
import dev.doorstep.returns.ReturnRequested;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import dev.doorstep.tracking.TrackingPagesViewed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.doorstep.insights.InsightsScenario.date;
import static dev.doorstep.insights.InsightsScenario.day;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known event sequences in, exact KPIs out: orders and parcels go through the real order
 * and shipment APIs, the other modules' facts are published as their domain events (some
 * twice, some out of order).
 */
@DoorstepIntegrationTest
class InsightsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Insights insights;

	@Autowired
	Orders orders;

	@Autowired
	InsightsScenario.Factory scenarios;

	@Autowired
	dev.doorstep.insights.internal.ListenerReplay replay;

	private InsightsScenario scenario(ShopId shop) {
		return this.scenarios.of(shop);
	}

	private static InsightsFilter range(int fromDays, int toDays) {
		return new InsightsFilter(date(fromDays), date(toDays), null, null, null);
	}

	private static Kpis.Rate rate(long part, long whole) {
		return Kpis.Rate.of(part, whole);
	}

	@Test
	void repurchaseAndReturnsCountCustomersByEmailAndUnitsByOrder() {
		ShopId shop = this.shops.create("Insights Orders").shop().id();
		InsightsScenario s = scenario(shop);
		int t0 = -150;
		Line shoes = new Line("SKU-A", "shoes", 1);
		Order a1 = s.order("anna@example.com", "DE", day(t0), new Line("SKU-A", "shoes", 2));
		s.order("  Anna@Example.COM ", "DE", day(t0 + 20), new Line("SKU-B", "shirts", 1));
		s.order("ben@example.com", "AT", day(t0 + 1), shoes);
		Order b2 = s.order("ben@example.com", "AT", day(t0 + 61), new Line("SKU-B", "shirts", 3));
		Order c1 = s.order("carla@example.com", "DE", day(t0 + 2), shoes, new Line("SKU-B", "shirts", 1));
		s.order("dora@example.com", "DE", day(-40), shoes);
		s.order("dora@example.com", "DE", day(-35), shoes);
		Order e1 = s.order("emil@example.com", "DE", day(-5), new Line("SKU-B", "shirts", 2));
		s.order("fritz@example.com", "DE", day(t0 + 3), shoes);
		Order f2 = s.order("fritz@example.com", "DE", day(t0 + 10), new Line("SKU-A", "shoes", 5));
		this.orders.cancel(shop, f2.id());

		UUID r1 = UUID.randomUUID();
		UUID r2 = UUID.randomUUID();
		UUID r3 = UUID.randomUUID();
		UUID r4 = UUID.randomUUID();
		ReturnQuote quote = new ReturnQuote("EUR", BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, true);
		// Refunds arrive before the return they belong to, and one event comes twice.
		s.publish(
				new RefundRequested(shop, r2, b2.id(), "RMA-2", new BigDecimal("30.00"), BigDecimal.ZERO,
						BigDecimal.ZERO, "EUR", day(-2)),
				new RefundIssued(shop, r2, b2.id(), "RMA-2", new BigDecimal("30.00"), "EUR", "ref", day(-1)),
				returned(shop, r1, a1, "SKU-A", "shoes", 1, ReturnReason.TOO_SMALL,
						dev.doorstep.returns.Resolution.EXCHANGE, quote, day(-10)),
				returned(shop, r2, b2, "SKU-B", "shirts", 2, ReturnReason.CHANGED_MIND,
						dev.doorstep.returns.Resolution.REFUND, quote, day(-3)),
				returned(shop, r3, c1, "SKU-B", "shirts", 1, ReturnReason.DAMAGED,
						dev.doorstep.returns.Resolution.STORE_CREDIT, quote, day(-4)),
				new RefundRequested(shop, r3, c1.id(), "RMA-3", BigDecimal.ZERO, new BigDecimal("12.50"),
						BigDecimal.ZERO, "EUR", day(-4)),
				new ReturnRejected(shop, r4, e1.id(), "RMA-4", "worn", day(-2)),
				returned(shop, r4, e1, "SKU-B", "shirts", 1, ReturnReason.CHANGED_MIND,
						dev.doorstep.returns.Resolution.REFUND, quote, day(-3)),
				returned(shop, r1, a1, "SKU-A", "shoes", 1, ReturnReason.TOO_SMALL,
						dev.doorstep.returns.Resolution.EXCHANGE, quote, day(-10)));
		s.awaitListener();

		Kpis all = this.insights.kpis(shop, range(t0 - 1, 0));
		// A (again after 20 days) and D of A, B, C, D, F; E's first order is 5 days old.
		assertThat(all.repurchase().within30Days()).isEqualTo(rate(2, 5));
		// A and B (after 60 days) of A, B, C, F; D's first order is 40 days old. F's
		// second order was cancelled.
		assertThat(all.repurchase().within90Days()).isEqualTo(rate(2, 4));
		Kpis.ReturnFigures returns = all.returns();
		assertThat(returns.overall()).isEqualTo(rate(4, 14));
		assertThat(returns.byProduct()).containsExactly(new Kpis.Keyed("SKU-B", rate(3, 7)),
				new Kpis.Keyed("SKU-A", rate(1, 7)));
		assertThat(returns.byCategory()).containsExactly(new Kpis.Keyed("shirts", rate(3, 7)),
				new Kpis.Keyed("shoes", rate(1, 7)));
		assertThat(returns.byReason()).containsExactly(new Kpis.Count("CHANGED_MIND", 2), new Kpis.Count("DAMAGED", 1),
				new Kpis.Count("TOO_SMALL", 1));
		assertThat(returns.refunds()).isEqualByComparingTo("30.00");
		assertThat(returns.storeCredit()).isEqualByComparingTo("12.50");
		assertThat(returns.refundsIssued()).isEqualByComparingTo("30.00");
		assertThat(returns.exchangeShare()).isEqualTo(rate(1, 4));
		assertThat(all.currency()).isEqualTo("EUR");

		Kpis austria = this.insights.kpis(shop, new InsightsFilter(date(t0 - 1), date(0), null, "at", null));
		assertThat(austria.repurchase().within30Days()).isEqualTo(rate(0, 1));
		assertThat(austria.repurchase().within90Days()).isEqualTo(rate(1, 1));
		assertThat(austria.returns().overall()).isEqualTo(rate(2, 4));
		assertThat(austria.returns().refunds()).isEqualByComparingTo("30.00");
		assertThat(austria.returns().storeCredit()).isEqualByComparingTo("0");

		// Only the last 60 days: D is the one customer whose first order falls in it.
		Kpis recent = this.insights.kpis(shop, range(-60, 0));
		assertThat(recent.repurchase().within30Days()).isEqualTo(rate(1, 1));
		assertThat(recent.repurchase().within90Days()).isEqualTo(rate(0, 0));
		assertThat(recent.repurchase().within90Days().rate()).isNull();
	}

	private static ReturnRequested returned(ShopId shop, UUID id, Order order, String sku, String category,
			int quantity, ReturnReason reason, dev.doorstep.returns.Resolution resolution, ReturnQuote quote,
			Instant at) {
		return new ReturnRequested(shop, id, order.id(), "RMA-" + id.toString().substring(0, 4),
				ReturnMethod.QR_DROP_OFF,
				List.of(new ReturnRequested.Item(sku, category, quantity, BigDecimal.TEN, reason, resolution)), quote,
				at);
	}

	/** Parcels of a shop: P1 to P4 delivered, P5 on its way. */
	private record Parcels(ShopId shop, Shipment p1, Shipment p2, Shipment p3, Shipment p4, Shipment p5) {
	}

	private Parcels parcels(String name) {
		ShopId shop = this.shops.create(name).shop().id();
		InsightsScenario s = scenario(shop);
		Line one = new Line("SKU-P", "bags", 1);
		Order de = s.order("pia@example.com", "DE", day(-8), one);
		Order fr = s.order("paul@example.com", "FR", day(-8), one);
		Shipment p1 = s.parcel(de, "dhl", day(-5), date(-3), day(-3));
		Shipment p2 = s.parcel(de, "dhl", day(-6), date(-4), day(-2));
		Shipment p3 = s.parcel(fr, "dpd", day(-7), date(-5), day(-6));
		Shipment p4 = s.parcel(fr, "dpd", day(-4), null, day(-1));
		Shipment p5 = s.parcel(de, "dhl", day(-1), null, null);
		return new Parcels(shop, p1, p2, p3, p4, p5);
	}

	private static DeliveryEstimateChanged window(Shipment parcel, Instant at, int earliest, int latest) {
		DeliveryWindow window = new DeliveryWindow(date(earliest), date(earliest), date(latest), 0.8);
		return new DeliveryEstimateChanged(parcel.id(), parcel.shopId(), parcel.orderId(), null, window,
				new PredictionBasis(PredictionBasis.Source.SHOP_DEFAULT, null, 0), at);
	}

	private static DeliveryDelayPredicted delay(ShopId shop, ShipmentId parcel, OrderId order, int promised,
			Instant at) {
		return new DeliveryDelayPredicted(parcel, shop, order, DelayReason.WINDOW_PAST_PROMISE, 0, 0, null,
				new DeliveryWindow(date(promised + 1), date(promised + 1), date(promised + 2), 0.7), date(promised),
				at);
	}

	private static TrackingPagesViewed views(ShopId shop, Instant from, Shipment... viewed) {
		List<TrackingPagesViewed.ParcelViews> counts = new ArrayList<>();
		for (Shipment parcel : viewed) {
			counts.add(new TrackingPagesViewed.ParcelViews(parcel.id(), parcel.orderId(), 1, from.plusSeconds(1)));
		}
		return new TrackingPagesViewed(shop, from, from.plusSeconds(15), counts);
	}

	private static TrackingPagesViewed views(ShopId shop, Instant from, Shipment parcel, int count) {
		return new TrackingPagesViewed(shop, from, from.plusSeconds(15),
				List.of(new TrackingPagesViewed.ParcelViews(parcel.id(), parcel.orderId(), count, from)));
	}

	private List<Object> parcelFacts(Parcels p) {
		ShopId shop = p.shop();
		ClaimId lost = new ClaimId(UUID.randomUUID());
		ClaimId damaged = new ClaimId(UUID.randomUUID());
		ClaimId open = new ClaimId(UUID.randomUUID());
		CarrierCode dhl = new CarrierCode("dhl");
		CarrierCode dpd = new CarrierCode("dpd");
		BigDecimal value = new BigDecimal("50.00");
		return List.of(
				// P1: in its first window, early for the last.
				window(p.p1(), day(-5).plusSeconds(3600), -4, -3), window(p.p1(), day(-4), -2, -1),
				// P2: late; P3: early for the first window, in its last.
				window(p.p2(), day(-6).plusSeconds(3600), -5, -4), window(p.p3(), day(-7).plusSeconds(3600), -5, -4),
				window(p.p3(), day(-6).minusSeconds(4 * 3600), -6, -6),
				// Shown after delivery: counts for nothing.
				window(p.p4(), day(-1).plusSeconds(60), -5, -5),
				delay(shop, p.p2().id(), p.p2().orderId(), -4, day(-5)),
				delay(shop, p.p1().id(), p.p1().orderId(), -3, day(-4)),
				delay(shop, new ShipmentId(UUID.randomUUID()), p.p1().orderId(), 1, day(-1)),
				views(shop, day(-3), p.p1(), p.p2(), p.p3()), views(shop, day(-2), p.p1(), 1),
				views(shop, day(-2).plusSeconds(15), p.p1(), 1), views(shop, day(-1), p.p3(), 6),
				// Out of order: resolved before filed.
				new ClaimResolved(lost, shop, p.p2().orderId(), p.p2().id(), "CL-1", ClaimType.LOST, dhl,
						Resolution.REFUND, value, value, "EUR", day(-1)),
				new ClaimFiled(lost, shop, p.p2().orderId(), p.p2().id(), "CL-1", ClaimType.LOST, dhl, value, "EUR",
						day(-2)),
				new ClaimApproved(lost, shop, p.p2().orderId(), p.p2().id(), "CL-1", ClaimType.LOST, dhl, value, "EUR",
						false, day(-1).minusSeconds(60)),
				new ClaimFiled(damaged, shop, p.p3().orderId(), p.p3().id(), "CL-2", ClaimType.DAMAGED, dpd, value,
						"EUR", day(-5)),
				new ClaimRejected(damaged, shop, p.p3().orderId(), p.p3().id(), "CL-2", ClaimType.DAMAGED, dpd,
						"no photos", value, "EUR", day(-4)),
				new ClaimFiled(open, shop, p.p1().orderId(), p.p1().id(), "CL-3", ClaimType.DAMAGED, dhl, value, "EUR",
						day(-2)));
	}

	@Test
	void parcelsGiveOnTimeRatesLanesWindowsDelaysVisitsAndClaims() {
		Parcels p = parcels("Insights Parcels");
		InsightsScenario s = scenario(p.shop());
		s.publish(parcelFacts(p).toArray());
		s.awaitListener();

		// Up to yesterday: the real delivery module's own events of today stay out.
		Kpis kpis = this.insights.kpis(p.shop(), range(-10, -1));
		assertThat(kpis.delivery().onTime()).containsExactly(new Kpis.CarrierOnTime("dhl", rate(1, 2)),
				new Kpis.CarrierOnTime("dpd", rate(1, 1)));
		assertThat(kpis.delivery().lanes()).containsExactly(
				new Kpis.Lane("DE", "DE", 2, 3.0, List.of(0L, 1L, 0L, 1L, 0L, 0L)),
				new Kpis.Lane("DE", "FR", 2, 2.0, List.of(1L, 0L, 1L, 0L, 0L, 0L)));
		assertThat(kpis.delivery().windows()).isEqualTo(new Kpis.WindowAccuracy(rate(1, 3), 1, 1, rate(1, 3)));
		assertThat(kpis.delivery().delayAlerts()).isEqualTo(new Kpis.DelayAlerts(3, 2, rate(1, 2)));
		assertThat(kpis.tracking()).isEqualTo(new Kpis.TrackingVisits(5, 11, 3, 11.0 / 5, List.of(2L, 1L, 0L, 1L, 1L)));
		assertThat(kpis.claims()).containsExactly(new Kpis.ClaimFigures("DAMAGED", 2, 1, 0, 1, 0),
				new Kpis.ClaimFigures("LOST", 1, 0, 0, 0, 1));

		Kpis dpd = this.insights.kpis(p.shop(), new InsightsFilter(date(-10), date(-1), "dpd", null, null));
		assertThat(dpd.delivery().onTime()).containsExactly(new Kpis.CarrierOnTime("dpd", rate(1, 1)));
		assertThat(dpd.delivery().delayAlerts()).isEqualTo(new Kpis.DelayAlerts(0, 0, rate(0, 0)));
		assertThat(dpd.tracking().views()).isEqualTo(7);
		assertThat(dpd.claims()).containsExactly(new Kpis.ClaimFigures("DAMAGED", 1, 0, 0, 1, 0));

		Kpis france = this.insights.kpis(p.shop(), new InsightsFilter(date(-10), date(-1), null, "FR", null));
		assertThat(france.delivery().lanes()).extracting(Kpis.Lane::destination).containsExactly("FR");
		assertThat(france.delivery().windows().firstWindow()).isEqualTo(rate(0, 1));
	}

	@Test
	void theSameEventsTwiceInAnyOrderChangeNothing() {
		Parcels p = parcels("Insights Twice");
		InsightsScenario s = scenario(p.shop());
		List<Object> facts = new ArrayList<>(parcelFacts(p));
		s.publish(facts.toArray());
		s.awaitListener();
		Kpis once = this.insights.kpis(p.shop(), range(-10, -1));

		// Redelivered twice, newest first, the order placed again as well.
		Collections.reverse(facts);
		facts.add(new OrderPlaced(p.p1().orderId(), p.shop(), "again", day(-8)));
		this.replay.replay(facts.toArray());
		this.replay.replay(facts.toArray());

		assertThat(this.insights.kpis(p.shop(), range(-10, -1))).isEqualTo(once);
		assertThat(once.tracking().views()).isEqualTo(11);
	}

	@Test
	void ratingsGiveCsatNpsAndReviewStarsWithTheLatestAnswerCounting() {
		ShopId shop = this.shops.create("Insights Ratings").shop().id();
		InsightsScenario s = scenario(shop);
		OrderId o1 = new OrderId(UUID.randomUUID());
		OrderId o2 = new OrderId(UUID.randomUUID());
		OrderId o3 = new OrderId(UUID.randomUUID());
		ShipmentId parcel1 = new ShipmentId(UUID.randomUUID());
		ShipmentId parcel3 = new ShipmentId(UUID.randomUUID());
		UUID review1 = UUID.randomUUID();
		s.publish(new DeliveryRated(shop, o1, parcel1, 5, day(-3)), new DeliveryRated(shop, o1, parcel1, 4, day(-2)),
				new DeliveryRated(shop, o2, null, 2, day(-2)), new DeliveryRated(shop, o3, parcel3, 5, day(-1)),
				// An older rating arriving late changes nothing.
				new DeliveryRated(shop, o3, parcel3, 1, day(-4)), new NpsAnswered(shop, o1, 10, day(-2)),
				new NpsAnswered(shop, o2, 9, day(-2)), new NpsAnswered(shop, o3, 9, day(-2)),
				new NpsAnswered(shop, new OrderId(UUID.randomUUID()), 7, day(-2)),
				new NpsAnswered(shop, new OrderId(UUID.randomUUID()), 3, day(-2)),
				new ReviewSubmitted(review1, shop, o1, "SKU-1", "bags", 5, true, false, day(-3)),
				new ReviewSubmitted(UUID.randomUUID(), shop, o2, "SKU-2", null, 4, false, false, day(-2)),
				new ReviewSubmitted(review1, shop, o1, "SKU-1", "bags", 3, true, false, day(-1)),
				new NpsAnswered(shop, o1, 10, day(-2)));
		s.awaitListener();

		Kpis.Satisfaction satisfaction = this.insights.kpis(shop, range(-5, 0)).satisfaction();
		assertThat(satisfaction.csatAnswers()).isEqualTo(3);
		assertThat(satisfaction.csatDistribution()).containsExactly(0L, 1L, 0L, 1L, 1L);
		assertThat(satisfaction.csatAverage()).isEqualTo(11.0 / 3);
		assertThat(satisfaction.npsAnswers()).isEqualTo(5);
		assertThat(satisfaction.promoters()).isEqualTo(3);
		assertThat(satisfaction.passives()).isEqualTo(1);
		assertThat(satisfaction.detractors()).isEqualTo(1);
		assertThat(satisfaction.nps()).isEqualTo(40.0);
		assertThat(satisfaction.reviews()).isEqualTo(2);
		assertThat(satisfaction.reviewDistribution()).containsExactly(0L, 0L, 1L, 1L, 0L);
		assertThat(satisfaction.reviewAverage()).isEqualTo(3.5);

		// Only the day before yesterday: o2's and o1's ratings, and the NPS answers.
		Kpis.Satisfaction oneDay = this.insights.kpis(shop, range(-2, -2)).satisfaction();
		assertThat(oneDay.csatAnswers()).isEqualTo(2);
		assertThat(oneDay.npsAnswers()).isEqualTo(5);
		assertThat(oneDay.reviews()).isEqualTo(1);
	}

	@Test
	void messagesFormAFunnelPerJourneyAndChannel() {
		ShopId shop = this.shops.create("Insights Messages").shop().id();
		InsightsScenario s = scenario(shop);
		OrderId order = new OrderId(UUID.randomUUID());
		UUID m1 = UUID.randomUUID();
		UUID m2 = UUID.randomUUID();
		UUID m3 = UUID.randomUUID();
		UUID m4 = UUID.randomUUID();
		UUID m5 = UUID.randomUUID();
		Instant now = Instant.now();
		Trigger confirmed = Trigger.ORDER_CONFIRMED;
		Channel email = Channel.EMAIL;
		s.publish(
				// Receipts before the send, an open after the click, a receipt twice.
				new MessageReceiptRecorded(m1, shop, order, confirmed, email, MessageStatus.CLICKED, now),
				new MessageReceiptRecorded(m1, shop, order, confirmed, email, MessageStatus.DELIVERED, now),
				new MessageSent(m1, shop, order, confirmed, email),
				new MessageReceiptRecorded(m1, shop, order, confirmed, email, MessageStatus.OPENED, now),
				new MessageReceiptRecorded(m1, shop, order, confirmed, email, MessageStatus.OPENED, now),
				new MessageSent(m2, shop, order, confirmed, email),
				new MessageReceiptRecorded(m2, shop, order, confirmed, email, MessageStatus.BOUNCED, now),
				new MessageSent(m3, shop, order, confirmed, email),
				new MessageReceiptRecorded(m3, shop, order, confirmed, email, MessageStatus.CLICKED, now),
				new MessageUnsubscribed(m3, shop, order, confirmed, email, now),
				new MessageSent(m4, shop, order, Trigger.DELIVERED, Channel.SMS), new MessageReceiptRecorded(m4, shop,
						order, Trigger.DELIVERED, Channel.SMS, MessageStatus.DELIVERED, now),
				new MessageFailed(m5, shop, order, Trigger.DELIVERED, Channel.SMS, "refused"));
		s.awaitListener();

		assertThat(this.insights.kpis(shop, range(-1, 0)).messages()).containsExactly(
				new Kpis.Funnel("DELIVERED", "SMS", 1, 1, 0, 0, 0, 0, 1),
				new Kpis.Funnel("ORDER_CONFIRMED", "EMAIL", 3, 2, 2, 2, 1, 1, 0));
		assertThat(this.insights.kpis(shop, new InsightsFilter(date(-1), date(0), null, null, "sms")).messages())
			.containsExactly(new Kpis.Funnel("DELIVERED", "SMS", 1, 1, 0, 0, 0, 0, 1));
		assertThat(this.insights.kpis(shop, range(-5, -2)).messages()).isEmpty();
	}

	@Test
	void crossSellCountsClicksAndAttributedRevenueInTheShopsCurrency() {
		ShopId shop = this.shops.create("Insights Cross-sell").shop().id();
		InsightsScenario s = scenario(shop);
		OrderId shown = new OrderId(UUID.randomUUID());
		OrderId bought = new OrderId(UUID.randomUUID());
		OrderId boughtByMail = new OrderId(UUID.randomUUID());
		Instant clicked = day(-2);
		s.publish(new RecommendationClicked(shop, shown, "SKU-1", Surface.TRACKING_PAGE, clicked),
				new RecommendationClicked(shop, shown, "SKU-1", Surface.TRACKING_PAGE, clicked),
				new RecommendationClicked(shop, shown, "SKU-2", Surface.TRACKING_PAGE, clicked.plusSeconds(5)),
				new RecommendationClicked(shop, shown, "SKU-1", Surface.TRACKING_PAGE, clicked.plusSeconds(9)),
				new RecommendationClicked(shop, shown, "SKU-3", Surface.EMAIL, clicked),
				new RevenueAttributed(shop, bought, "SKU-1", Surface.TRACKING_PAGE, clicked, new BigDecimal("19.90"),
						"EUR"),
				new RevenueAttributed(shop, bought, "SKU-2", Surface.TRACKING_PAGE, clicked, new BigDecimal("10.10"),
						"EUR"),
				new RevenueAttributed(shop, bought, "SKU-2", Surface.TRACKING_PAGE, clicked, new BigDecimal("10.10"),
						"EUR"),
				new RevenueAttributed(shop, boughtByMail, "SKU-3", Surface.EMAIL, clicked, new BigDecimal("5.00"),
						"EUR"),
				new RevenueAttributed(shop, new OrderId(UUID.randomUUID()), "SKU-3", Surface.EMAIL, clicked,
						new BigDecimal("99.00"), "USD"));
		s.awaitListener();

		Kpis.CrossSell crossSell = this.insights.kpis(shop, range(-3, 0)).crossSell();
		assertThat(crossSell.clicks()).isEqualTo(4);
		assertThat(crossSell.attributedOrders()).isEqualTo(2);
		assertThat(crossSell.revenue()).isEqualByComparingTo("35.00");
		assertThat(crossSell.surfaces())
			.extracting(Kpis.SurfaceFigures::surface, Kpis.SurfaceFigures::clicks,
					Kpis.SurfaceFigures::attributedOrders)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("EMAIL", 1L, 1L),
					org.assertj.core.groups.Tuple.tuple("TRACKING_PAGE", 3L, 1L));
		assertThat(crossSell.surfaces().get(1).revenue()).isEqualByComparingTo("30.00");
	}

	@Test
	void theApiAnswersWithTheShopsKpisAndNamesABadField() {
		TestShops.TestShop shop = this.shops.create("Insights Api");
		InsightsScenario s = scenario(shop.shop().id());
		s.publish(new NpsAnswered(shop.shop().id(), new OrderId(UUID.randomUUID()), 10, day(-1)),
				new NpsAnswered(shop.shop().id(), new OrderId(UUID.randomUUID()), 0, day(-1)));
		s.awaitListener();
		ApiClient api = new ApiClient(this.port, shop.apiKey());

		ApiClient.Response response = api.get("/api/v1/insights/kpis?from=" + date(-3) + "&to=" + date(0));
		ApiClient.Response other = api.withKey(this.shops.create("Insights Api Other").apiKey())
			.get("/api/v1/insights/kpis?from=" + date(-3) + "&to=" + date(0));
		ApiClient.Response bad = api.get("/api/v1/insights/kpis?from=2026-13-01");
		ApiClient.Response reversed = api.get("/api/v1/insights/kpis?from=" + date(0) + "&to=" + date(-3));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().at("/satisfaction/npsAnswers").asLong()).isEqualTo(2);
		assertThat(response.json().at("/satisfaction/nps").asDouble()).isEqualTo(0.0);
		assertThat(response.json().at("/filter/from").asString()).isEqualTo(date(-3).toString());
		assertThat(response.json().at("/repurchase/within30Days/whole").asLong()).isZero();
		assertThat(other.json().at("/satisfaction/npsAnswers").asLong()).isZero();
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("from");
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(api.withKey("dsk_wrong").get("/api/v1/insights/kpis").status()).isEqualTo(401);
	}

}
