package dev.doorstep.support;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * One question and its answer as stored: no email or phone, the question with emails,
 * phone numbers and postcodes masked.
 *
 * @param answer the answer's plain text
 */
public record Conversation(UUID id, @Nullable OrderId order, Channel channel, String language, String question,
		Intent intent, double confidence, String answer, boolean handedOver, Instant createdAt) {
}
