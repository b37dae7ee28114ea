package dev.doorstep.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/** The shop is asked to send other variants in exchange for returned items. */
public record ExchangeRequested(ShopId shopId, UUID returnId, OrderId orderId, String rma, List<Exchange> exchanges,
		String currency, Instant occurredAt) implements ReturnEvent {

	/**
	 * One exchange.
	 *
	 * @param difference price difference for all pieces: positive means the shopper pays
	 */
	public record Exchange(String sku, String newSku, int quantity, BigDecimal difference) {
	}

}
