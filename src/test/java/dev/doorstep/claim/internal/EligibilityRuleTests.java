package dev.doorstep.claim.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.ClaimId;
import dev.doorstep.claim.ClaimMode;
import dev.doorstep.claim.ClaimSettings;
import dev.doorstep.claim.ClaimStatus;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Eligibility;
import dev.doorstep.claim.ResolutionPolicy;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.ShopId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each eligibility rule on its own, against a fixed clock: the rule that decides and the
 * arguments the shopper reads.
 */
class EligibilityRuleTests {

	static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	static final ShopId SHOP = new ShopId(UUID.randomUUID());

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** Guarantee, lost after 7 days, reports within 14 days of delivery. */
	static final ClaimSettings GUARANTEE = ClaimSettings.DEFAULTS;

	static final ClaimSettings PROTECTION = new ClaimSettings(ClaimMode.PROTECTION, 7, 14, ResolutionPolicy.REFUND,
			BigDecimal.ZERO);

	static Order order(OrderStatus status, boolean protection) {
		return new Order(new OrderId(UUID.randomUUID()), SHOP, "ext", "1001", NOW.minus(Duration.ofDays(20)), "EUR",
				"de", new Order.Customer(null, null, null, null), null, List.of(), BigDecimal.TEN, status, NOW, NOW,
				protection);
	}

	static Shipment shipment(TrackingStatus status, String subStatus, Instant lastEvent, Instant deliveredAt) {
		return new Shipment(new ShipmentId(UUID.randomUUID()), SHOP, new OrderId(UUID.randomUUID()),
				new CarrierCode("dhl"), "0034", null, "token", status, subStatus, null, NOW.minus(Duration.ofDays(15)),
				null, null, deliveredAt, lastEvent, List.of(), NOW, NOW);
	}

	static Shipment inTransit(Duration sinceLastScan) {
		return shipment(TrackingStatus.IN_TRANSIT, null, NOW.minus(sinceLastScan), null);
	}

	static Shipment delivered(Duration ago) {
		return shipment(TrackingStatus.DELIVERED, "DELIVERED_RECIPIENT", NOW.minus(ago), NOW.minus(ago));
	}

	static ClaimFacts facts(ClaimSettings settings, Shipment shipment, Claim... claims) {
		return new ClaimFacts(settings, order(OrderStatus.SHIPPED, false), shipment, List.of(claims), BERLIN);
	}

	static Claim claim(ClaimType type, ClaimStatus status) {
		return new Claim(new ClaimId(UUID.randomUUID()), SHOP, new ShipmentId(UUID.randomUUID()),
				new OrderId(UUID.randomUUID()), "CLM-EARLIER", "t", type, status, new CarrierCode("dhl"), null, null,
				List.of(), BigDecimal.ONE, "EUR", null, null, null, null, false, List.of(), NOW, NOW);
	}

	static void assertRule(Eligibility eligibility, boolean eligible, String reason, String... args) {
		assertThat(eligibility.eligible()).as(eligibility.toString()).isEqualTo(eligible);
		assertThat(eligibility.reason()).isEqualTo(reason);
		assertThat(eligibility.args()).containsExactly(args);
	}

	@Nested
	class Lost {

		final LostRule rule = new LostRule(CLOCK);

		@Test
		void carrierSaysLost() {
			assertRule(
					this.rule
						.evaluate(
								facts(GUARANTEE,
										shipment(TrackingStatus.EXCEPTION, "EXCEPTION_LOST",
												NOW.minus(Duration.ofHours(2)), null))),
					true, "claim.rule.lost.carrier");
		}

		@Test
		void noScanForTheShopsDays() {
			assertRule(this.rule.evaluate(facts(GUARANTEE, inTransit(Duration.ofDays(7)))), true,
					"claim.rule.lost.no-scan", "7", "2026-11-16");
		}

		@Test
		void aScanWithinTheDaysMeansWaitWithTheDateItOpens() {
			assertRule(this.rule.evaluate(facts(GUARANTEE, inTransit(Duration.ofDays(6).plusHours(23)))), false,
					"claim.rule.lost.wait", "7", "2026-11-23");
			assertRule(this.rule.evaluate(facts(GUARANTEE, inTransit(Duration.ofDays(2)))), false,
					"claim.rule.lost.wait", "7", "2026-11-28");
		}

		@Test
		void theShopsDaysCount() {
			ClaimSettings three = new ClaimSettings(ClaimMode.GUARANTEE, 3, 14, ResolutionPolicy.REFUND,
					BigDecimal.ZERO);
			assertRule(this.rule.evaluate(facts(three, inTransit(Duration.ofDays(3)))), true, "claim.rule.lost.no-scan",
					"3", "2026-11-20");
		}

		@Test
		void aDeliveredParcelIsNotLost() {
			assertRule(this.rule.evaluate(facts(GUARANTEE, delivered(Duration.ofDays(30)))), false,
					"claim.rule.lost.delivered");
		}

		@Test
		void aParcelOnItsWayBackIsNotLost() {
			assertRule(
					this.rule.evaluate(
							facts(GUARANTEE,
									shipment(TrackingStatus.EXCEPTION, "EXCEPTION_RETURNING_TO_SENDER",
											NOW.minus(Duration.ofDays(10)), null))),
					false, "claim.rule.lost.returning");
		}

		@Test
		void aParcelNeverShippedIsNotLost() {
			Shipment pending = new Shipment(new ShipmentId(UUID.randomUUID()), SHOP, new OrderId(UUID.randomUUID()),
					new CarrierCode("dhl"), "0034", null, "token", TrackingStatus.PENDING, null, null, null, null, null,
					null, null, List.of(), NOW, NOW);
			assertRule(this.rule.evaluate(facts(GUARANTEE, pending)), false, "claim.rule.lost.not-shipped");
		}

	}

	@Nested
	class Damaged {

		final DamagedRule rule = new DamagedRule(CLOCK);

		@Test
		void withinTheDaysAfterDelivery() {
			assertRule(this.rule.evaluate(facts(GUARANTEE, delivered(Duration.ofDays(14)))), true,
					"claim.rule.damaged.within", "14", "2026-11-23");
		}

		@Test
		void tooLateAfterTheDays() {
			assertRule(this.rule.evaluate(facts(GUARANTEE, delivered(Duration.ofDays(14).plusMinutes(1)))), false,
					"claim.rule.too-late", "14", "2026-11-23");
		}

		@Test
		void notBeforeDelivery() {
			assertRule(this.rule.evaluate(facts(GUARANTEE, inTransit(Duration.ofDays(1)))), false,
					"claim.rule.not-delivered");
		}

		@Test
		void atOnceWhenTheCarrierSaysDamaged() {
			assertRule(
					this.rule.evaluate(
							facts(GUARANTEE,
									shipment(TrackingStatus.EXCEPTION, "EXCEPTION_DAMAGED",
											NOW.minus(Duration.ofHours(1)), null))),
					true, "claim.rule.damaged.carrier");
		}

	}

	@Nested
	class MissingItems {

		final MissingItemsRule rule = new MissingItemsRule(CLOCK);

		@Test
		void withinTheDaysAfterDelivery() {
			assertRule(this.rule.evaluate(facts(GUARANTEE, delivered(Duration.ofDays(1)))), true,
					"claim.rule.missing-items.within", "14", "2026-12-06");
		}

		@Test
		void tooLateAfterTheShopsDays() {
			ClaimSettings three = new ClaimSettings(ClaimMode.GUARANTEE, 7, 3, ResolutionPolicy.REFUND,
					BigDecimal.ZERO);
			assertRule(this.rule.evaluate(facts(three, delivered(Duration.ofDays(4)))), false, "claim.rule.too-late",
					"3", "2026-11-22");
		}

		@Test
		void notWhileTheCarrierSaysDamagedOnTheWay() {
			assertRule(
					this.rule
						.evaluate(
								facts(GUARANTEE,
										shipment(TrackingStatus.EXCEPTION, "EXCEPTION_DAMAGED",
												NOW.minus(Duration.ofHours(1)), null))),
					false, "claim.rule.not-delivered");
		}

	}

	@Nested
	class NotReceived {

		final NotReceivedRule rule = new NotReceivedRule(CLOCK);

		@Test
		void deliveredWithinTheDays() {
			assertRule(this.rule.evaluate(facts(GUARANTEE, delivered(Duration.ofDays(2)))), true,
					"claim.rule.not-received.within", "14", "2026-12-05");
		}

		@Test
		void notBeforeTheCarrierSaysDelivered() {
			assertRule(this.rule.evaluate(facts(GUARANTEE, inTransit(Duration.ofDays(9)))), false,
					"claim.rule.not-delivered");
		}

		@Test
		void tooLate() {
			assertRule(this.rule.evaluate(facts(GUARANTEE, delivered(Duration.ofDays(20)))), false,
					"claim.rule.too-late", "14", "2026-11-17");
		}

	}

	@Nested
	class SharedChecks {

		final NotReceivedRule rule = new NotReceivedRule(CLOCK);

		@Test
		void protectionModeNeedsAProtectedOrder() {
			Shipment parcel = delivered(Duration.ofDays(1));
			assertRule(
					this.rule.evaluate(
							new ClaimFacts(PROTECTION, order(OrderStatus.DELIVERED, false), parcel, List.of(), BERLIN)),
					false, "claim.rule.not-protected");
			assertThat(this.rule
				.evaluate(new ClaimFacts(PROTECTION, order(OrderStatus.DELIVERED, true), parcel, List.of(), BERLIN))
				.eligible()).isTrue();
		}

		@Test
		void guaranteeModeCoversUnprotectedOrders() {
			assertThat(this.rule
				.evaluate(new ClaimFacts(GUARANTEE, order(OrderStatus.DELIVERED, false), delivered(Duration.ofDays(1)),
						List.of(), BERLIN))
				.eligible()).isTrue();
		}

		@Test
		void notForACancelledOrder() {
			assertRule(this.rule.evaluate(new ClaimFacts(GUARANTEE, order(OrderStatus.CANCELLED, false),
					delivered(Duration.ofDays(1)), List.of(), BERLIN)), false, "claim.rule.cancelled");
		}

		@Test
		void notWhileAClaimOfTheTypeIsOpen() {
			Shipment parcel = delivered(Duration.ofDays(1));
			assertRule(this.rule.evaluate(facts(GUARANTEE, parcel, claim(ClaimType.NOT_RECEIVED, ClaimStatus.FILED))),
					false, "claim.rule.already-open", "CLM-EARLIER");
			assertRule(
					this.rule.evaluate(facts(GUARANTEE, parcel, claim(ClaimType.NOT_RECEIVED, ClaimStatus.APPROVED))),
					false, "claim.rule.already-open", "CLM-EARLIER");
		}

		@Test
		void notAgainAfterAResolvedClaimOfTheType() {
			assertRule(
					this.rule.evaluate(facts(GUARANTEE, delivered(Duration.ofDays(1)),
							claim(ClaimType.NOT_RECEIVED, ClaimStatus.RESOLVED))),
					false, "claim.rule.already-resolved", "CLM-EARLIER");
		}

		@Test
		void againAfterARejectionOrWithAClaimOfAnotherType() {
			Shipment parcel = delivered(Duration.ofDays(1));
			assertThat(this.rule
				.evaluate(facts(GUARANTEE, parcel, claim(ClaimType.NOT_RECEIVED, ClaimStatus.REJECTED),
						claim(ClaimType.DAMAGED, ClaimStatus.FILED)))
				.eligible()).isTrue();
		}

	}

}
