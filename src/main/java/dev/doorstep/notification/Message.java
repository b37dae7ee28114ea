package dev.doorstep.notification;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import org.jspecify.annotations.Nullable;

/**
 * One message to one recipient on one channel, with its content exactly as sent.
 *
 * @param recipient the address on the channel (email, phone, subscription id, URL)
 * @param provider who carried it ({@code devmail} when no provider is configured)
 * @param variant the experiment arm (a variant's name, or {@code holdout}), when the step
 * has an experiment
 * @param reference the merchant's reference of the event from outside it is about (an RMA
 * number, a claim id), if any
 */
public record Message(UUID id, UUID journeyId, Trigger trigger, Channel channel, OrderId orderId,
		@Nullable ShipmentId shipmentId, String recipient, String locale, MessageStatus status,
		@Nullable String subject, @Nullable String bodyText, @Nullable String bodyHtml, @Nullable String provider,
		@Nullable String providerId, Instant dueAt, int attempts, @Nullable String lastError, Instant createdAt,
		@Nullable Instant sentAt, @Nullable String variant, @Nullable String reference) {

	/** One step in a message's life, for the history the console shows. */
	public record Event(Instant at, MessageStatus status, @Nullable String detail) {
	}

}
