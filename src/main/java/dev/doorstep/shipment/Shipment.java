package dev.doorstep.shipment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * One parcel of an order, with its current normalized status. {@code publicToken} is the
 * only key of the public tracking page.
 *
 * @param pickupPoint the newest pickup point a carrier named, kept after the parcel moved
 * on; {@link #currentPickupPoint()} is what shoppers should see
 */
public record Shipment(ShipmentId id, ShopId shopId, OrderId orderId, CarrierCode carrier, String trackingNumber,
		@Nullable String service, String publicToken, TrackingStatus status, @Nullable String subStatus,
		@Nullable IncidentReason incidentReason, @Nullable Instant shippedAt, @Nullable Origin origin,
		@Nullable LocalDate promisedDeliveryDate, @Nullable Instant deliveredAt, @Nullable Instant lastEventAt,
		List<Item> items, Instant createdAt, Instant updatedAt, @Nullable PickupPoint pickupPoint,
		boolean returnParcel) {

	/** A shipment to the shopper (not a return parcel). */
	public Shipment(ShipmentId id, ShopId shopId, OrderId orderId, CarrierCode carrier, String trackingNumber,
			@Nullable String service, String publicToken, TrackingStatus status, @Nullable String subStatus,
			@Nullable IncidentReason incidentReason, @Nullable Instant shippedAt, @Nullable Origin origin,
			@Nullable LocalDate promisedDeliveryDate, @Nullable Instant deliveredAt, @Nullable Instant lastEventAt,
			List<Item> items, Instant createdAt, Instant updatedAt, @Nullable PickupPoint pickupPoint) {
		this(id, shopId, orderId, carrier, trackingNumber, service, publicToken, status, subStatus, incidentReason,
				shippedAt, origin, promisedDeliveryDate, deliveredAt, lastEventAt, items, createdAt, updatedAt,
				pickupPoint, false);
	}

	/** A shipment no carrier has named a pickup point for. */
	public Shipment(ShipmentId id, ShopId shopId, OrderId orderId, CarrierCode carrier, String trackingNumber,
			@Nullable String service, String publicToken, TrackingStatus status, @Nullable String subStatus,
			@Nullable IncidentReason incidentReason, @Nullable Instant shippedAt, @Nullable Origin origin,
			@Nullable LocalDate promisedDeliveryDate, @Nullable Instant deliveredAt, @Nullable Instant lastEventAt,
			List<Item> items, Instant createdAt, Instant updatedAt) {
		this(id, shopId, orderId, carrier, trackingNumber, service, publicToken, status, subStatus, incidentReason,
				shippedAt, origin, promisedDeliveryDate, deliveredAt, lastEventAt, items, createdAt, updatedAt, null);
	}

	/** Where the parcel left from. */
	public record Origin(@Nullable String postcode, @Nullable String country) {
	}

	/** Quantity of one order line in this parcel. */
	public record Item(String sku, int quantity) {
	}

	/** This parcel with these items. */
	public Shipment withItems(List<Item> items) {
		return new Shipment(this.id, this.shopId, this.orderId, this.carrier, this.trackingNumber, this.service,
				this.publicToken, this.status, this.subStatus, this.incidentReason, this.shippedAt, this.origin,
				this.promisedDeliveryDate, this.deliveredAt, this.lastEventAt, List.copyOf(items), this.createdAt,
				this.updatedAt, this.pickupPoint, this.returnParcel);
	}

	public boolean delivered() {
		return this.status == TrackingStatus.DELIVERED;
	}

	/**
	 * The pickup point while the parcel waits there: once collected, returned or moved
	 * on, the old point would only mislead.
	 */
	public @Nullable PickupPoint currentPickupPoint() {
		return (this.status == TrackingStatus.AVAILABLE_FOR_PICKUP) ? this.pickupPoint : null;
	}

}
