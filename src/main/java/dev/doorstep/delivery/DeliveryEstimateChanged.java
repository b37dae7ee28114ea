package dev.doorstep.delivery;

import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A parcel's predicted delivery window moved (or the parcel got its first one).
 *
 * @param previous the window before, {@code null} for the first prediction
 * @param window the new window
 * @param basis why the new window is what it is
 */
public record DeliveryEstimateChanged(ShipmentId shipmentId, ShopId shopId, OrderId orderId,
		@Nullable DeliveryWindow previous, DeliveryWindow window, PredictionBasis basis, Instant occurredAt) {
}
