package dev.doorstep.console.web;

import dev.doorstep.shop.ConsoleContext;

import org.springframework.security.access.AccessDeniedException;

/**
 * The check in front of every change only an owner may make. Pages hide those controls
 * from agents; this refuses the request itself (403), whatever the page showed.
 */
final class OwnerOnly {

	private OwnerOnly() {
	}

	static void check(ConsoleContext console) {
		if (!console.owner()) {
			throw new AccessDeniedException("Only an owner of the shop may do this");
		}
	}

}
