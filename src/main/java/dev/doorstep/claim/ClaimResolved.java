package dev.doorstep.claim;

import java.math.BigDecimal;
import java.time.Instant;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * An approved claim was made good.
 *
 * @param refundAmount the amount refunded; null when reshipped
 */
public record ClaimResolved(ClaimId claimId, ShopId shopId, OrderId orderId, ShipmentId shipmentId, String number,
		ClaimType type, CarrierCode carrier, Resolution resolution, @Nullable BigDecimal refundAmount, BigDecimal value,
		String currency, Instant occurredAt) {
}
