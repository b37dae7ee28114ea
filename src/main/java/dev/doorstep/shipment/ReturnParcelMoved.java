package dev.doorstep.shipment;

import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A return parcel (from the shopper back to the shop) changed status. Return parcels
 * publish this instead of the outbound parcel events, so that no shopper journey,
 * delivery promise or order status reacts to them; the returns module does.
 */
public record ReturnParcelMoved(ShipmentId shipmentId, ShopId shopId, OrderId orderId, TrackingStatus previous,
		TrackingStatus status, @Nullable Instant occurredAt) {
}
