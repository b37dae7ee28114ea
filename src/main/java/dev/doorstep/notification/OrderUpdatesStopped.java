package dev.doorstep.notification;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * The shopper asked for no more messages about an order ("stop all" on the tracking
 * page). Email, SMS and WhatsApp consent is already withdrawn when this is published;
 * channels whose addresses live elsewhere (push subscriptions, Messenger ids) listen and
 * withdraw their own.
 *
 * @param source where it happened, for the ledger ({@code tracking-page})
 * @param proof what shows it, for the ledger
 */
public record OrderUpdatesStopped(ShopId shop, OrderId order, String source, String proof) {
}
