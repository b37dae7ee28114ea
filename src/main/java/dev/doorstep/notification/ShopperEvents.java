package dev.doorstep.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.doorstep.notification.internal.EventFacts;
import dev.doorstep.notification.internal.JourneyRepository;
import dev.doorstep.notification.internal.MessageRepository;
import dev.doorstep.notification.internal.NotificationProperties;
import dev.doorstep.notification.internal.Planner;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way in for what happens to an order outside Doorstep: returns, refunds, review
 * requests, claims and predicted delays, from the merchant's own tools over the API or
 * from Doorstep's later returns, claim and feedback modules. Each event runs the shop's
 * journeys for its trigger with the merchant's reference and the facts its message shows
 * (see {@link #allowedFacts}). One message per (journey, order, trigger, channel,
 * reference): a second return of the same order gets its own message, a repeat of the
 * same return gets none.
 */
@Service
public class ShopperEvents {

	/**
	 * News older than this is history (a back-filled import), not a reason to message
	 * anyone now. Longer than for carrier scans: returns and claims tools often sync once
	 * a day, and not at weekends.
	 */
	public static final Duration TOO_OLD = Duration.ofDays(7);

	/** How far ahead of this server's clock a sender's clock may be. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	/** Longest merchant reference (RMA numbers, claim ids). */
	public static final int MAX_REFERENCE = 100;

	/**
	 * What became of an event. Field names in violations are those of
	 * {@code POST /api/v1/notifications/events}: {@code type}, {@code reference},
	 * {@code occurredAt}, {@code shipmentId}, {@code data.<key>}.
	 */
	public sealed interface Outcome {

		/** New messages were planned; the ids are all the event's messages. */
		record Planned(List<UUID> messageIds) implements Outcome {
		}

		/** The same event (same reference) came before: nothing new, its messages. */
		record AlreadyPlanned(List<UUID> messageIds) implements Outcome {
		}

		/** Accepted, but no journey planned a message, and why. */
		record NothingToSend(String reason) implements Outcome {
		}

		/** The shop has no such order (another shop's order included). */
		record OrderNotFound(OrderId orderId) implements Outcome {
		}

		/** The shop has no such parcel (another shop's parcel included). */
		record ShipmentNotFound(ShipmentId shipmentId) implements Outcome {
		}

		/** Malformed input: nothing was written. */
		record Invalid(List<FieldViolation> violations) implements Outcome {
		}

		/**
		 * Well-formed but not applicable to this order (a parcel of another order, a
		 * parcel-wide trigger without a parcel): nothing was written.
		 */
		record Unprocessable(List<FieldViolation> violations) implements Outcome {
		}

	}

	private final Planner planner;

	private final MessageRepository messages;

	private final JourneyRepository journeys;

	private final NotificationProperties properties;

	private final Orders orders;

	private final Shipments shipments;

	private final Clock clock;

	ShopperEvents(Planner planner, MessageRepository messages, JourneyRepository journeys,
			NotificationProperties properties, Orders orders, Shipments shipments, Clock clock) {
		this.planner = planner;
		this.messages = messages;
		this.journeys = journeys;
		this.properties = properties;
		this.orders = orders;
		this.shipments = shipments;
		this.clock = clock;
	}

	/** The triggers that may come from outside. */
	public Set<Trigger> triggers() {
		return EventFacts.triggers();
	}

	/** The facts a trigger takes ({@code returnLabelUrl}, {@code refundAmount}, ...). */
	public Set<String> allowedFacts(Trigger trigger) {
		return EventFacts.allowed(trigger);
	}

	/**
	 * Plans the shop's messages for an event from outside.
	 * @param shipment the parcel it is about, if known; a parcel-wide trigger
	 * ({@link Trigger#DELAY_PREDICTED}) without one takes the order's only parcel
	 * @param reference the merchant's id of the return, refund, claim or request
	 * @param facts what the message shows; the keys a trigger takes are
	 * {@link #allowedFacts}
	 */
	@Transactional
	public Outcome notify(ShopId shop, OrderId orderId, @Nullable ShipmentId shipment, Trigger trigger,
			String reference, Instant occurredAt, Map<String, String> facts) {
		if (!EventFacts.triggers().contains(trigger)) {
			return new Outcome.Invalid(List
				.of(new FieldViolation("type", "fires from Doorstep's own order and carrier news, not from outside")));
		}
		Order order = this.orders.find(shop, orderId).orElse(null);
		if (order == null) {
			return new Outcome.OrderNotFound(orderId);
		}
		Instant now = this.clock.instant();
		String ref = reference.strip();
		List<FieldViolation> violations = new ArrayList<>();
		if (ref.isEmpty()) {
			violations.add(new FieldViolation("reference", "must not be blank"));
		}
		else if (ref.length() > MAX_REFERENCE) {
			violations.add(new FieldViolation("reference", "must be at most " + MAX_REFERENCE + " characters"));
		}
		else if (ref.chars().anyMatch(Character::isISOControl)) {
			violations.add(new FieldViolation("reference", "must not contain control characters"));
		}
		if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
			violations.add(new FieldViolation("occurredAt", "must not be in the future"));
		}
		violations.addAll(EventFacts.check(trigger, facts, order.currency(), "data."));
		if (!violations.isEmpty()) {
			return new Outcome.Invalid(violations);
		}
		ShipmentId parcel = shipment;
		if (parcel != null) {
			Shipment found = this.shipments.find(shop, parcel).orElse(null);
			if (found == null) {
				return new Outcome.ShipmentNotFound(parcel);
			}
			if (!found.orderId().equals(orderId)) {
				return new Outcome.Unprocessable(
						List.of(new FieldViolation("shipmentId", "is a parcel of another order")));
			}
		}
		else if (trigger.scope() == Trigger.Scope.SHIPMENT) {
			List<Shipment> parcels = this.shipments.forOrder(shop, orderId);
			if (parcels.size() != 1) {
				return new Outcome.Unprocessable(List.of(new FieldViolation("shipmentId",
						parcels.isEmpty() ? "is required, and the order has no parcel yet"
								: "is required: the order has " + parcels.size() + " parcels")));
			}
			parcel = parcels.getFirst().id();
		}
		if (occurredAt.isBefore(now.minus(TOO_OLD))) {
			return new Outcome.NothingToSend("occurredAt is more than " + TOO_OLD.toDays()
					+ " days ago: history, not news, so no shopper is messaged about it");
		}
		Map<String, String> stripped = new LinkedHashMap<>();
		facts.forEach((key, value) -> stripped.put(key, value.strip()));
		int planned = this.planner.plan(shop, trigger, orderId, parcel, ref, stripped);
		List<UUID> ids = this.messages.forReference(shop, orderId, trigger, ref);
		if (planned > 0) {
			return new Outcome.Planned(ids);
		}
		if (!ids.isEmpty()) {
			return new Outcome.AlreadyPlanned(ids);
		}
		return new Outcome.NothingToSend(why(shop, trigger));
	}

	private String why(ShopId shop, Trigger trigger) {
		if (!this.properties.enabled()) {
			return "notifications are switched off on this instance (doorstep.notification.enabled)";
		}
		if (this.journeys.enabled(shop, trigger).isEmpty()) {
			return "the shop's journeys for " + trigger.key() + " are switched off";
		}
		return "no journey planned a message: their conditions did not match, or the shopper has no address on their channels";
	}

}
