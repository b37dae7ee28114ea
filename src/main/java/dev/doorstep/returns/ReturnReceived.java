package dev.doorstep.returns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * The return arrived at the shop; {@code items} holds the inspection when the shop
 * recorded one (empty when the carrier's delivery scan reported the arrival).
 */
public record ReturnReceived(ShopId shopId, UUID returnId, OrderId orderId, String rma, List<Inspected> items,
		Instant occurredAt) implements ReturnEvent {

	/**
	 * An inspected item: pieces received, their condition and whether they are restocked.
	 */
	public record Inspected(String sku, int quantity, ReturnRequest.Condition condition, boolean restock) {
	}

}
