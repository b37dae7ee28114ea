package dev.doorstep.support.handover;

import dev.doorstep.support.HelpdeskSettings;

/**
 * The helpdesk plug-in SPI: one adapter per provider, each in its own sub-package
 * ({@code support/handover/<name>/}), discovered by injection and chosen by
 * {@link #provider()}. Adapters must not throw: every failure is a
 * {@link TicketResult.Failed}, because the hand-over email is sent regardless.
 */
public interface HelpdeskAdapter {

	/** The name shops configure ({@code zendesk}, {@code freshdesk}). */
	String provider();

	/**
	 * Whether the account name is acceptable (a host label, nothing that moves the URL).
	 */
	default boolean validAccount(String account) {
		return account.matches("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
	}

	TicketResult create(HelpdeskSettings settings, Ticket ticket);

}
