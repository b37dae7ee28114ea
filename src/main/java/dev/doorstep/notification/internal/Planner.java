package dev.doorstep.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Journey;
import dev.doorstep.notification.JourneyStep;
import dev.doorstep.notification.JourneyVariants;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a trigger into planned messages: runs each enabled journey's steps, and writes
 * one message per (journey, parcel or order, trigger, channel). A repeated event finds
 * its messages already there and plans nothing.
 */
@Component
public class Planner {

	private final JourneyRepository journeys;

	private final MessageRepository messages;

	private final Orders orders;

	private final Shipments shipments;

	private final Shops shops;

	private final NotificationProperties properties;

	private final Recipients recipients;

	private final Clock clock;

	private final Counter plannedCounter;

	private final JourneyVariants variants;

	Planner(JourneyRepository journeys, MessageRepository messages, Orders orders, Shipments shipments, Shops shops,
			NotificationProperties properties, Recipients recipients, MeterRegistry meters, Clock clock,
			ObjectProvider<JourneyVariants> variants) {
		// Implemented by the experiment module when it is there; notification never
		// depends on it.
		this.variants = variants.getIfAvailable(() -> JourneyVariants.NONE);
		// Planning runs after the order's commit, asynchronously: this count tells when a
		// burst of orders has been planned (bench/run-notify.sh waits for it).
		this.plannedCounter = Counter.builder("doorstep.notification.planned")
			.description("Messages planned")
			.register(meters);
		this.recipients = recipients;
		this.journeys = journeys;
		this.messages = messages;
		this.orders = orders;
		this.shipments = shipments;
		this.shops = shops;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Plans the shop's journeys for this trigger.
	 * @return how many new messages were planned
	 */
	@Transactional
	public int plan(ShopId shopId, Trigger trigger, OrderId orderId, @Nullable ShipmentId shipmentId) {
		return plan(shopId, trigger, orderId, shipmentId, null, Map.of());
	}

	/**
	 * Plans the shop's journeys for an event that carries the merchant's reference (a
	 * return, a claim): one message per reference, so a second return of the same order
	 * gets its own message and a repeat of the same one gets none.
	 * @param facts what the message shows beyond the order ({@link EventFacts}), stored
	 * with it
	 * @return how many new messages were planned
	 */
	@Transactional
	public int plan(ShopId shopId, Trigger trigger, OrderId orderId, @Nullable ShipmentId shipmentId,
			@Nullable String reference, Map<String, String> facts) {
		if (!this.properties.enabled()) {
			return 0;
		}
		Instant now = this.clock.instant();
		ensureDefaults(shopId, now);
		int planned = 0;
		Order order = null;
		Shipment shipment = null;
		Shop shop = null;
		for (Journey journey : this.journeys.enabled(shopId, trigger)) {
			if (order == null) {
				order = this.orders.get(shopId, orderId);
				shipment = shipmentId == null ? null : this.shipments.get(shopId, shipmentId);
				shop = this.shops.get(shopId);
			}
			planned += run(journey, shop, order, shipment, new Event(reference, facts), now);
		}
		this.plannedCounter.increment(planned);
		return planned;
	}

	/** Gives a shop the default journeys the first time it needs any. */
	public void ensureDefaults(ShopId shop, Instant now) {
		if (!this.journeys.any(shop)) {
			this.journeys.addMissing(shop, DefaultJourneys.all(this.properties.digestWindow()), now);
		}
	}

	/**
	 * The reference and facts of an event from outside; none for order and parcel news.
	 */
	private record Event(@Nullable String reference, Map<String, String> facts) {
	}

	private int run(Journey journey, Shop shop, Order order, @Nullable Shipment shipment, Event event, Instant now) {
		Instant due = now;
		boolean digest = false;
		int planned = 0;
		for (JourneyStep step : journey.steps()) {
			switch (step) {
				case JourneyStep.Condition condition -> {
					if (!Conditions.matches(condition, order, shipment, now)) {
						return planned;
					}
				}
				case JourneyStep.Delay delay -> due = due.plus(delay.duration());
				case JourneyStep.Digest window -> {
					due = due.plus(window.window());
					digest = true;
				}
				case JourneyStep.Send send ->
					planned += send(journey, send, shop, order, shipment, event, due, digest, now);
			}
		}
		return planned;
	}

	private int send(Journey journey, JourneyStep.Send send, Shop shop, Order order, @Nullable Shipment shipment,
			Event event, Instant journeyDue, boolean digest, Instant now) {
		// A step's own experiment wins; otherwise an outside one may change the channel
		// or the timing, or hold the shopper out (planned, then skipped, for the record).
		JourneyVariants.Variant outside = (send.experiment() != null) ? null
				: this.variants.variant(shop.id(), journey.trigger(), send.channel(), order).orElse(null);
		Channel channel = (outside != null && outside.channel() != null) ? outside.channel() : send.channel();
		Instant due = (outside != null && outside.delay() != null) ? now.plus(outside.delay()) : journeyDue;
		String recipient = this.recipients.address(channel, order);
		if (recipient == null) {
			return 0;
		}
		String dedup = dedupKey(journey, order, shipment, channel, event.reference());
		// Quiet hours are the recipient's: the zone of the country the parcel goes to.
		String zone = dev.doorstep.runtime.CountryZones
			.find(order.shippingAddress() == null ? null : order.shippingAddress().country())
			.orElse(shop.timeZone())
			.getId();
		String locale = locale(shop, order);
		UUID id = UUID.randomUUID();
		// Events with a reference carry their own facts; merged, one return's label link
		// would stand for another's, so they are never digested.
		String digestKey = digest && shipment != null && event.reference() == null
				? order.id().value() + ":" + channel.name() + ":" + journey.trigger().name() : null;
		// The arm follows the shopper (the order's email, else the channel address), not
		// the
		// parcel, so one person sees one variant of a journey.
		String shopper = order.customer().email() != null ? order.customer().email() : recipient;
		String variant = (outside != null) ? outside.tag()
				: send.experiment() == null ? null : Experiments.arm(send.experiment(), journey.id(), shopper);
		boolean planned = this.messages.insert(new MessageRepository.NewMessage(id, shop.id(), journey.id(), dedup,
				journey.trigger(), channel, order.id(), shipment == null ? null : shipment.id(), digestKey, null,
				recipient, zone, locale, due, variant, event.reference(), event.facts()), now);
		if (!planned) {
			return 0;
		}
		int count = 1;
		JourneyStep.Fallback fallback = send.fallback();
		if (fallback != null) {
			String backup = this.recipients.address(fallback.channel(), order);
			if (backup != null) {
				this.messages.insert(new MessageRepository.NewMessage(UUID.randomUUID(), shop.id(), journey.id(),
						dedup + ":fallback:" + fallback.channel().name(), journey.trigger(), fallback.channel(),
						order.id(), shipment == null ? null : shipment.id(), null, id, backup, zone, locale,
						due.plus(fallback.after()), variant, event.reference(), event.facts()), now);
				count++;
			}
		}
		return count;
	}

	/**
	 * One message per (journey, parcel or order, trigger, channel), and per reference
	 * when the event has one. A reference is appended, so keys without one are the same
	 * as before references existed; with one, an order-wide trigger is keyed by the order
	 * even when the event names a parcel, so the same return reported with and without
	 * its parcel is still one message.
	 */
	static String dedupKey(Journey journey, Order order, @Nullable Shipment shipment, Channel channel,
			@Nullable String reference) {
		boolean byParcel = shipment != null
				&& (reference == null || journey.trigger().scope() == Trigger.Scope.SHIPMENT);
		String subject = byParcel ? shipment.id().value().toString() : "order:" + order.id().value();
		String key = journey.id() + ":" + subject + ":" + journey.trigger().name() + ":" + channel.name();
		return reference == null ? key : key + ":ref:" + reference;
	}

	/** The order's language when the shop speaks it, else the shop's default. */
	static String locale(Shop shop, Order order) {
		String wanted = order.locale();
		if (wanted != null) {
			String language = Locale.forLanguageTag(wanted.replace('_', '-')).getLanguage();
			if (shop.supportedLocales().contains(language)) {
				return language;
			}
		}
		return shop.defaultLocale();
	}

}
