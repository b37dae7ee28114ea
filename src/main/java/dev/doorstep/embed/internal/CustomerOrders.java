package dev.doorstep.embed.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.Shops;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the orders widget shows for a token's customer: the newest orders, each with its
 * parcels' status, delivery window and tracking link. No names, emails or addresses: the
 * shop's page already knows who is logged in.
 */
@Component
public class CustomerOrders {

	/** The widget's answer. */
	public record View(String shopName, List<OrderView> orders) {
	}

	/** One order. */
	public record OrderView(String orderNumber, Instant placedAt, OrderStatus status, int itemCount,
			List<ParcelView> parcels) {
	}

	/**
	 * One outgoing parcel.
	 *
	 * @param window the expected delivery days while the parcel is on its way
	 */
	public record ParcelView(String carrier, String trackingNumber, TrackingStatus status,
			@Nullable Instant deliveredAt, @Nullable Window window, String trackingUrl) {
	}

	/** Earliest and latest expected delivery day. */
	public record Window(LocalDate earliest, LocalDate latest) {
	}

	private final Orders orders;

	private final Shipments shipments;

	private final DeliveryPromises promises;

	private final TrackingLinks links;

	private final Shops shops;

	private final EmbedProperties properties;

	CustomerOrders(Orders orders, Shipments shipments, DeliveryPromises promises, TrackingLinks links, Shops shops,
			EmbedProperties properties) {
		this.orders = orders;
		this.shipments = shipments;
		this.promises = promises;
		this.links = links;
		this.shops = shops;
		this.properties = properties;
	}

	public View of(EmbedTokens.Customer customer) {
		List<OrderView> list = this.orders
			.recentForCustomer(customer.shop(), customer.customerId(), customer.emailKey(),
					this.properties.ordersShown())
			.stream()
			.map(this::order)
			.toList();
		String name = this.shops.find(customer.shop()).map(shop -> shop.name()).orElse("");
		return new View(name, list);
	}

	private OrderView order(Order order) {
		List<ParcelView> parcels = this.shipments.forOrder(order.shopId(), order.id())
			.stream()
			.filter(shipment -> !shipment.returnParcel())
			.sorted(Comparator.comparing(Shipment::createdAt))
			.map(this::parcel)
			.toList();
		return new OrderView(order.orderNumber(), order.placedAt(), order.status(), order.totalQuantity(), parcels);
	}

	private ParcelView parcel(Shipment shipment) {
		Window window = (shipment.status() == TrackingStatus.DELIVERED || shipment.status() == TrackingStatus.EXPIRED)
				? null
				: this.promises.forShipment(shipment.shopId(), shipment.id())
					.map(promise -> new Window(promise.current().window().earliest(),
							promise.current().window().latest()))
					.orElse(null);
		return new ParcelView(shipment.carrier().displayName(), shipment.trackingNumber(), shipment.status(),
				shipment.deliveredAt(), window, this.links.url(shipment));
	}

}
