package dev.doorstep.support.handover;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A helpdesk ticket to open for a hand-over.
 *
 * @param requesterName the shopper's name, when the order has one
 * @param requesterEmail the shopper's email (the ticket's requester, so the agent's reply
 * reaches them); without one, the shop's own support address
 * @param tags labels for the helpdesk's views ({@code doorstep}, the intent)
 */
public record Ticket(String subject, String body, @Nullable String requesterName, String requesterEmail,
		List<String> tags) {
}
