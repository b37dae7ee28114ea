package dev.doorstep.notification.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.Shop;

/**
 * An order and parcel that exist only in memory, for previews and test sends: the editor
 * shows a real rendering without a fake order in the shop's data.
 */
public final class SampleFacts {

	/**
	 * The order id of every test message. No order has it; the message table has no
	 * foreign key to orders, so test messages can name it.
	 */
	public static final OrderId ORDER = new OrderId(new UUID(0, 0));

	private static final ShipmentId SHIPMENT = new ShipmentId(new UUID(0, 1));

	private SampleFacts() {
	}

	static Renderer.Facts of(Shop shop, Trigger trigger, Channel channel, Locale locale, Instant now,
			String trackingUrl) {
		boolean german = "de".equals(locale.getLanguage());
		Order order = new Order(ORDER, shop.id(), "sample", "1001", now.minus(1, ChronoUnit.DAYS), "EUR",
				locale.getLanguage(),
				new Order.Customer("anna@example.com", "+4917000000000", german ? "Anna" : "Alex",
						german ? "Beispiel" : "Example"),
				new Order.Address("Musterstraße 1", null, "10115", "Berlin", "DE"),
				List.of(new Order.LineItem("JKT-1", german ? "Regenjacke" : "Rain jacket", null, "M", 1,
						new BigDecimal("89.00"), null, null),
						new Order.LineItem("SCK-2", german ? "Wandersocken" : "Hiking socks", null, null, 2,
								new BigDecimal("12.50"), null, null)),
				new BigDecimal("114.00"), OrderStatus.SHIPPED, now, now);
		LocalDate today = now.atZone(shop.timeZone()).toLocalDate();
		TrackingStatus status = status(trigger);
		Shipment shipment = new Shipment(SHIPMENT, shop.id(), ORDER, new CarrierCode("dhl"), "00340434161094099999",
				null, "sample", status, status == TrackingStatus.DELIVERED ? "DELIVERED_NEIGHBOR" : null, null,
				now.minus(1, ChronoUnit.DAYS), null, today.plusDays(2), status == TrackingStatus.DELIVERED ? now : null,
				now, List.of(), now, now,
				status == TrackingStatus.AVAILABLE_FOR_PICKUP ? pickupPoint(german, today) : null);
		// An event from outside (a return, a claim) shows its facts too: label link,
		// refund amount, claim status. About the order, it names no parcel, like most
		// such events.
		boolean orderEvent = EventFacts.triggers().contains(trigger) && trigger.scope() == Trigger.Scope.ORDER;
		return new Renderer.Facts(shop, order,
				orderEvent ? List.of() : List.of(new Renderer.Parcel(shipment, trackingUrl)), trigger, channel, locale,
				null, null, null, EventFacts.sample(trigger, today));
	}

	/** A Packstation with the deadline DHL's holding period gives, as a carrier would. */
	private static PickupPoint pickupPoint(boolean german, LocalDate today) {
		return new PickupPoint("Packstation 123", "Invalidenstraße 10", "10115", "Berlin", "DE",
				PickupPoint.Type.LOCKER, german ? "Rund um die Uhr" : "Open 24 hours", today.plusDays(6), true);
	}

	private static TrackingStatus status(Trigger trigger) {
		return switch (trigger) {
			case ORDER_CONFIRMED, SHIPMENT_CREATED -> TrackingStatus.INFO_RECEIVED;
			case OUT_FOR_DELIVERY -> TrackingStatus.OUT_FOR_DELIVERY;
			case FAILED_ATTEMPT -> TrackingStatus.ATTEMPT_FAIL;
			case AVAILABLE_FOR_PICKUP -> TrackingStatus.AVAILABLE_FOR_PICKUP;
			case DELIVERED -> TrackingStatus.DELIVERED;
			case EXCEPTION -> TrackingStatus.EXCEPTION;
			default -> TrackingStatus.IN_TRANSIT;
		};
	}

}
