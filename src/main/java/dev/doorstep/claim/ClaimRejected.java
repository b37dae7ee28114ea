package dev.doorstep.claim;

import java.math.BigDecimal;
import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;

/**
 * A claim was rejected, with the reason the shopper was given.
 */
public record ClaimRejected(ClaimId claimId, ShopId shopId, OrderId orderId, ShipmentId shipmentId, String number,
		ClaimType type, CarrierCode carrier, String reason, BigDecimal value, String currency, Instant occurredAt) {
}
