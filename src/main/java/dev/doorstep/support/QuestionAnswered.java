package dev.doorstep.support;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.shop.ShopId;

/**
 * The assistant answered a question: for a deflection rate per intent (the share answered
 * without hand-over) and for hand-over to pick up the conversation. Carries no text, only
 * what counts.
 *
 * @param conversation the stored conversation ({@link Conversations})
 */
public record QuestionAnswered(ShopId shopId, UUID conversation, Intent intent, double confidence, Channel channel,
		boolean handedOver, Instant at) {
}
