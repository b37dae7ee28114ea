package dev.doorstep.support;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a hand-over did and what the shopper is shown next.
 *
 * @param emailSent whether the shop's support address got the email (false when the shop
 * has none or no mail server is configured)
 * @param ticketId the helpdesk ticket, when one was created
 * @param contacts the shop's support contacts
 * @param hours the opening hours of the coming week in the shopper's zone
 * @param zone the zone {@code hours} are shown in
 * @param openNow whether support is open right now
 */
public record HandoverResult(boolean emailSent, @Nullable String ticketId,
		dev.doorstep.shop.Shop.SupportContacts contacts, List<OpeningHours.Shown> hours, String zone, boolean openNow) {
}
