package dev.doorstep.support.handover;

/** What a helpdesk made of a ticket. */
public sealed interface TicketResult {

	/** Created; {@code id} as the helpdesk numbers it. */
	record Created(String id) implements TicketResult {
	}

	/** Refused or unreachable; {@code reason} without personal data. */
	record Failed(String reason) implements TicketResult {
	}

}
