package dev.doorstep.delivery;

import java.time.Instant;
import java.time.LocalDate;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A parcel will probably miss the day the shop promised, seen before the carrier reports
 * a problem. Published at most once per parcel and promised day.
 *
 * @param reason which rule saw it
 * @param daysWithoutScan business days since the last scan (for
 * {@link DelayReason#NO_SCAN})
 * @param usualDays the lane's usual business days between scans at this stage (for
 * {@link DelayReason#NO_SCAN})
 * @param stage where the parcel sits, in the carrier's words or ours, if known
 * @param window the new window, taking the delay into account
 * @param promisedDate the day the shop promised (or the first predicted latest day when
 * the shop promised nothing)
 */
public record DeliveryDelayPredicted(ShipmentId shipmentId, ShopId shopId, OrderId orderId, DelayReason reason,
		int daysWithoutScan, int usualDays, @Nullable String stage, DeliveryWindow window, LocalDate promisedDate,
		Instant occurredAt) {
}
