package dev.doorstep.notification.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Journey;
import dev.doorstep.notification.JourneyStep;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.ShopId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an event from outside may carry, how it is checked, how it reads, and how its
 * reference joins the dedup key without changing the keys of other messages.
 */
class EventFactsTests {

	@Test
	void acceptsWhatATriggerTakes() {
		assertThat(EventFacts.check(Trigger.REFUND_ISSUED, Map.of("refundAmount", "19.99", "currency", "EUR"), "EUR",
				"data."))
			.isEmpty();
		assertThat(EventFacts.check(Trigger.RETURN_LABEL_READY,
				Map.of("returnLabelUrl", "https://returns.example.com/label.pdf"), "EUR", "data."))
			.isEmpty();
		assertThat(EventFacts.check(Trigger.DELAY_PREDICTED, Map.of("deliveryWindow", "2026-11-26/2026-11-27"), "EUR",
				"data."))
			.isEmpty();
	}

	@Test
	void namesEveryFieldThatIsWrong() {
		assertThat(EventFacts.check(Trigger.RETURN_APPROVED, Map.of("returnLabelUrl", "javascript:alert(1)"), "EUR",
				"data."))
			.containsExactly(new FieldViolation("data.returnLabelUrl", "must be an http(s) URL"));
		assertThat(
				EventFacts.check(Trigger.RETURN_APPROVED, Map.of("returnLabelUrl", "https:///no-host"), "EUR", "data."))
			.extracting(FieldViolation::field)
			.containsExactly("data.returnLabelUrl");
		assertThat(EventFacts.check(Trigger.REFUND_ISSUED, Map.of("refundAmount", "19,99"), "EUR", "data."))
			.containsExactly(new FieldViolation("data.refundAmount",
					"must be a positive amount with a dot for decimals, e.g. 19.99"));
		assertThat(EventFacts.check(Trigger.REFUND_ISSUED, Map.of("refundAmount", "19.999"), "EUR", "data."))
			.containsExactly(new FieldViolation("data.refundAmount", "must have at most 2 decimals for EUR"));
		assertThat(EventFacts.check(Trigger.REFUND_ISSUED, Map.of("refundAmount", "1999.5", "currency", "JPY"), "EUR",
				"data."))
			.containsExactly(new FieldViolation("data.refundAmount", "must have at most 0 decimals for JPY"));
		assertThat(EventFacts.check(Trigger.REFUND_ISSUED, Map.of("refundAmount", "0"), "EUR", "data."))
			.containsExactly(new FieldViolation("data.refundAmount", "must be more than 0"));
		assertThat(EventFacts.check(Trigger.REFUND_ISSUED, Map.of("refundAmount", "5", "currency", "EURO"), "EUR",
				"data."))
			.containsExactly(new FieldViolation("data.currency", "must be an ISO 4217 currency code such as EUR"));
		assertThat(EventFacts.check(Trigger.CLAIM_UPDATED, Map.of("claimStatus", "lost"), "EUR", "data."))
			.extracting(FieldViolation::field)
			.containsExactly("data.claimStatus");
		assertThat(EventFacts.check(Trigger.DELAY_PREDICTED, Map.of("deliveryWindow", "2026-11-27/2026-11-26"), "EUR",
				"data."))
			.extracting(FieldViolation::field)
			.containsExactly("data.deliveryWindow");
	}

	@Test
	void refusesKeysATriggerDoesNotTakeAndMissingRequiredOnes() {
		assertThat(EventFacts.check(Trigger.RETURN_APPROVED, Map.of("refundAmount", "19.99"), "EUR", "data."))
			.containsExactly(new FieldViolation("data.refundAmount",
					"is not allowed for this type (allowed: returnLabelUrl, returnUrl)"));
		assertThat(EventFacts.check(Trigger.RETURN_LABEL_READY, Map.of(), "EUR", "data."))
			.containsExactly(new FieldViolation("data.returnLabelUrl", "is required for this type"));
		assertThat(EventFacts.check(Trigger.REVIEW_REQUEST, Map.of("reviewUrl", " "), "EUR", "data."))
			.containsExactly(new FieldViolation("data.reviewUrl", "must not be blank"));
	}

	@Test
	void formatsTheAmountInTheRecipientsLanguageAndTheClaimStatusInWords() {
		Map<String, Object> german = EventFacts.model(Trigger.REFUND_ISSUED, Map.of("refundAmount", "1234.5"),
				Locale.GERMAN, "EUR", code -> "[" + code + "]");
		Map<String, Object> english = EventFacts.model(Trigger.REFUND_ISSUED,
				Map.of("refundAmount", "19.99", "currency", "GBP"), Locale.ENGLISH, "EUR", code -> code);
		Map<String, Object> claim = EventFacts.model(Trigger.CLAIM_UPDATED,
				Map.of("claimStatus", "approved", "claimUrl", "https://claims.example.com/1"), Locale.ENGLISH, "EUR",
				code -> "<" + code + ">");

		assertThat(nbsp(german.get("refundAmount"))).isEqualTo("1.234,50 €");
		assertThat(english.get("refundAmount")).isEqualTo("£19.99");
		assertThat(claim.get("claimStatus")).isEqualTo("<notification.claim-status.approved>");
		assertThat(claim.get("action"))
			.isEqualTo(Map.of("url", "https://claims.example.com/1", "label", "<notification.action.claimUrl>"));
	}

	@Test
	void aReferenceIsAppendedSoKeysWithoutOneStayAsTheyWere() {
		Journey journey = new Journey(UUID.fromString("00000000-0000-0000-0000-00000000000a"), Trigger.RETURN_APPROVED,
				"default", true, List.of(JourneyStep.Send.of(Channel.EMAIL)));
		Journey delay = new Journey(journey.id(), Trigger.DELAY_PREDICTED, "default", true,
				List.of(JourneyStep.Send.of(Channel.EMAIL)));
		Order order = order();
		Shipment parcel = parcel(order);

		assertThat(Planner.dedupKey(journey, order, null, Channel.EMAIL, null))
			.isEqualTo(journey.id() + ":order:" + order.id().value() + ":RETURN_APPROVED:EMAIL");
		assertThat(Planner.dedupKey(journey, order, parcel, Channel.EMAIL, null))
			.isEqualTo(journey.id() + ":" + parcel.id().value() + ":RETURN_APPROVED:EMAIL");
		// An order-wide event is one message whether or not it names a parcel.
		assertThat(Planner.dedupKey(journey, order, parcel, Channel.EMAIL, "RMA-1"))
			.isEqualTo(Planner.dedupKey(journey, order, null, Channel.EMAIL, "RMA-1"))
			.isEqualTo(journey.id() + ":order:" + order.id().value() + ":RETURN_APPROVED:EMAIL:ref:RMA-1");
		assertThat(Planner.dedupKey(journey, order, null, Channel.EMAIL, "RMA-2"))
			.isNotEqualTo(Planner.dedupKey(journey, order, null, Channel.EMAIL, "RMA-1"));
		assertThat(Planner.dedupKey(delay, order, parcel, Channel.EMAIL, "D-1"))
			.isEqualTo(journey.id() + ":" + parcel.id().value() + ":DELAY_PREDICTED:EMAIL:ref:D-1");
	}

	private static String nbsp(Object value) {
		return String.valueOf(value).replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	private static Order order() {
		Instant now = Instant.parse("2026-11-23T10:00:00Z");
		ShopId shop = new ShopId(UUID.randomUUID());
		return new Order(new OrderId(UUID.randomUUID()), shop, "ext", "1001", now, "EUR", "en",
				new Order.Customer(null, null, null, null), null,
				List.of(new Order.LineItem("A", "A", null, null, 1, BigDecimal.ONE, null, null)), BigDecimal.ONE,
				OrderStatus.SHIPPED, now, now);
	}

	private static Shipment parcel(Order order) {
		Instant now = order.placedAt();
		return new Shipment(new ShipmentId(UUID.randomUUID()), order.shopId(), order.id(), new CarrierCode("dhl"), "1",
				null, "token", TrackingStatus.IN_TRANSIT, null, null, now, null, null, null, now, List.of(), now, now);
	}

}
