package dev.doorstep.support;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.shop.ShopId;

/**
 * The assistant answered a question (any channel). For counting deflection per intent
 * (answered without hand-over); carries no text and no personal data.
 *
 * @param conversationId the stored conversation
 * @param handedOver whether the answer handed over to a person (the shopper may still
 * confirm or not: see {@link HandedOver})
 */
public record QuestionAnswered(ShopId shopId, UUID conversationId, Intent intent, double confidence, boolean handedOver,
		Channel channel, Instant at) {
}
