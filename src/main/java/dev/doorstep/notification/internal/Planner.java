package dev.doorstep.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import dev.doorstep.notification.Journey;
import dev.doorstep.notification.JourneyStep;
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

	Planner(JourneyRepository journeys, MessageRepository messages, Orders orders, Shipments shipments, Shops shops,
			NotificationProperties properties, Recipients recipients, MeterRegistry meters, Clock clock) {
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
			planned += run(journey, shop, order, shipment, now);
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

	private int run(Journey journey, Shop shop, Order order, @Nullable Shipment shipment, Instant now) {
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
				case JourneyStep.Send send -> planned += send(journey, send, shop, order, shipment, due, digest, now);
			}
		}
		return planned;
	}

	private int send(Journey journey, JourneyStep.Send send, Shop shop, Order order, @Nullable Shipment shipment,
			Instant due, boolean digest, Instant now) {
		String recipient = this.recipients.address(send.channel(), order);
		if (recipient == null) {
			return 0;
		}
		String subject = shipment != null ? shipment.id().value().toString() : "order:" + order.id().value();
		String dedup = journey.id() + ":" + subject + ":" + journey.trigger().name() + ":" + send.channel().name();
		String zone = RecipientZones
			.of(order.shippingAddress() == null ? null : order.shippingAddress().country(), shop.timeZone())
			.getId();
		String locale = locale(shop, order);
		UUID id = UUID.randomUUID();
		String digestKey = digest && shipment != null
				? order.id().value() + ":" + send.channel().name() + ":" + journey.trigger().name() : null;
		// The arm follows the shopper (the order's email, else the channel address), not
		// the
		// parcel, so one person sees one variant of a journey.
		String shopper = order.customer().email() != null ? order.customer().email() : recipient;
		String variant = send.experiment() == null ? null : Experiments.arm(send.experiment(), journey.id(), shopper);
		boolean planned = this.messages.insert(new MessageRepository.NewMessage(id, shop.id(), journey.id(), dedup,
				journey.trigger(), send.channel(), order.id(), shipment == null ? null : shipment.id(), digestKey, null,
				recipient, zone, locale, due, variant), now);
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
						due.plus(fallback.after()), variant), now);
				count++;
			}
		}
		return count;
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
