package dev.doorstep.support;

import java.time.ZoneId;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A shopper's "contact the shop" after an answer that hands over.
 *
 * @param order the order the shopper proved to be theirs, or {@code null} (help page)
 * @param question the question the answer handed over on
 * @param replyTo the address the shopper wants the answer at, when there is no order
 * (help page); with an order, the order's email is used
 * @param shopperZone the shopper's time zone for the opening hours, when the browser told
 * it; else the shop's
 */
public record HandoverRequest(ShopId shop, @Nullable OrderId order, @Nullable ShipmentId shipment, String question,
		java.util.Locale language, Channel channel, @Nullable String replyTo, @Nullable ZoneId shopperZone) {
}
