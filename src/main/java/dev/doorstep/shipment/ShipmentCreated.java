package dev.doorstep.shipment;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * The shop reported a new parcel.
 */
public record ShipmentCreated(ShipmentId shipmentId, ShopId shopId, OrderId orderId, CarrierCode carrier) {
}
