package dev.doorstep.returns;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * What happens to returns, for other modules (insights reads reasons and rates from them)
 * and for the shop's signed webhooks.
 */
public sealed interface ReturnEvent permits ReturnRequested, ReturnApproved, ReturnRejected, ReturnInTransit,
		ReturnReceived, RefundRequested, ExchangeRequested, RefundIssued {

	ShopId shopId();

	UUID returnId();

	OrderId orderId();

	String rma();

	Instant occurredAt();

}
