package dev.doorstep.order.platform;

import java.time.Instant;
import java.util.List;

import dev.doorstep.order.FulfilmentReported;
import dev.doorstep.order.OrderDraft;
import org.jspecify.annotations.Nullable;

/**
 * What a platform webhook asks of Doorstep, independent of the platform's JSON.
 */
public sealed interface PlatformCommand {

	/**
	 * The order as the platform has it now. Applied only when {@code updatedAt} is newer
	 * than the newest version already applied for this order, so late, older updates
	 * change nothing.
	 *
	 * @param cancelled the platform has cancelled the order
	 */
	record PlaceOrder(OrderDraft draft, Instant updatedAt, boolean cancelled) implements PlatformCommand {
	}

	/**
	 * Parcels of the order left. The order must already be known.
	 *
	 * @param orderExternalId the platform's order id
	 */
	record ReportFulfilment(String orderExternalId, String fulfilmentId, @Nullable String carrierName,
			List<String> trackingNumbers, List<FulfilmentReported.Item> items, Instant at) implements PlatformCommand {
	}

	/**
	 * Accepted and deliberately not recorded (a refund, a topic Doorstep has no use for).
	 *
	 * @param reason for the answer and the log
	 */
	record Acknowledge(String reason) implements PlatformCommand {
	}

}
