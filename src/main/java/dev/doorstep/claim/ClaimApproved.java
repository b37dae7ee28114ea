package dev.doorstep.claim;

import java.math.BigDecimal;
import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;

/**
 * A claim was approved, by the merchant or automatically under the shop's limit.
 */
public record ClaimApproved(ClaimId claimId, ShopId shopId, OrderId orderId, ShipmentId shipmentId, String number,
		ClaimType type, CarrierCode carrier, BigDecimal value, String currency, boolean automatic, Instant occurredAt) {
}
