package dev.doorstep.shipment;

import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A parcel's normalized status changed.
 */
public record ShipmentStatusChanged(ShipmentId shipmentId, ShopId shopId, OrderId orderId, CarrierCode carrier,
		TrackingStatus previous, TrackingStatus status, @Nullable String subStatus,
		@Nullable IncidentReason incidentReason, @Nullable Instant occurredAt) {
}
