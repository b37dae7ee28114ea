package dev.doorstep.support;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A shopper confirmed "contact the shop": the shop's support got the email (and, where
 * configured, a helpdesk ticket); or a caller on the phone line was put through to the
 * shop's support number. No personal data.
 *
 * @param handoverId the stored hand-over
 * @param ticketId the helpdesk ticket's id, when one was created
 */
public record HandedOver(ShopId shopId, UUID handoverId, Intent intent, Channel channel, @Nullable String ticketId,
		Instant at) {
}
