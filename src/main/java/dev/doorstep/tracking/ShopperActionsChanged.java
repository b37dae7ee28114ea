package dev.doorstep.tracking;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * Something a tracking page's actions or blocks show for this order changed (a return
 * made or moved on, a claim filed or decided, a delivery rated). Modules that offer
 * {@link ShopperActions} publish it in the transaction that made the change; the tracking
 * page then stops reusing what it showed for the order's parcels.
 */
public record ShopperActionsChanged(ShopId shopId, OrderId orderId) {
}
