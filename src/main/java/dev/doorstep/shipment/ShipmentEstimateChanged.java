package dev.doorstep.shipment;

import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * The carrier moved its delivery estimate for a parcel on its way to another day.
 *
 * @param previous the estimate before
 * @param estimate the carrier's new estimate (start of its window when it gives one)
 */
public record ShipmentEstimateChanged(ShipmentId shipmentId, ShopId shopId, OrderId orderId, Instant previous,
		Instant estimate) {
}
