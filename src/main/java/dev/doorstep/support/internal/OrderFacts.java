package dev.doorstep.support.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.doorstep.claim.Claims;
import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.ShipmentPromise;
import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.returns.Returns;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.Shop;
import dev.doorstep.support.Question;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What Doorstep knows about the order a question is about, read through the owning
 * modules' public APIs each time (the answer must match the tracking page now, not a copy
 * from earlier).
 *
 * @param shipment the parcel asked about: the one named, else the order's newest parcel
 * to the shopper; {@code null} before the order ships
 * @param claims the parcel's claims and which types could be filed now
 * @param lastReturnDay the last day items of the order can go back, if any can
 */
public record OrderFacts(Shop shop, Order order, @Nullable Shipment shipment, @Nullable ShipmentPromise promise,
		List<ReturnRequest> returns, Claims.@Nullable ParcelClaims claims, Optional<LocalDate> lastReturnDay) {

	/** Loads the facts. */
	@Component
	public static class Loader {

		private final Orders orders;

		private final Shipments shipments;

		private final DeliveryPromises promises;

		private final Returns returns;

		private final Claims claims;

		Loader(Orders orders, Shipments shipments, DeliveryPromises promises, Returns returns, Claims claims) {
			this.orders = orders;
			this.shipments = shipments;
			this.promises = promises;
			this.returns = returns;
			this.claims = claims;
		}

		/** The facts, or empty when the order is not the shop's. */
		public Optional<OrderFacts> load(Shop shop, Question question) {
			if (question.order() == null) {
				return Optional.empty();
			}
			Optional<Order> found = this.orders.find(shop.id(), question.order());
			if (found.isEmpty()) {
				return Optional.empty();
			}
			Order order = found.get();
			List<Shipment> parcels = this.shipments.forOrder(shop.id(), order.id())
				.stream()
				.filter(parcel -> !parcel.returnParcel())
				.toList();
			Shipment shipment = parcels.stream()
				.filter(parcel -> parcel.id().equals(question.shipment()))
				.findFirst()
				.or(() -> parcels.stream().max(Comparator.comparing(Shipment::createdAt)))
				.orElse(null);
			ShipmentPromise promise = (shipment != null)
					? this.promises.forShipment(shop.id(), shipment.id()).orElse(null) : null;
			Claims.ParcelClaims claims = (shipment != null) ? this.claims.parcel(shipment, order) : null;
			return Optional
				.of(new OrderFacts(shop, order, shipment, promise, this.returns.forOrder(shop.id(), order.id()), claims,
						this.returns.lastReturnDay(shop.id(), order)));
		}

	}

}
