package dev.doorstep.support;

import org.jspecify.annotations.Nullable;

/**
 * The helpdesk a shop's hand-overs open tickets in.
 *
 * @param provider {@code zendesk} or {@code freshdesk}
 * @param account the Zendesk subdomain ({@code acme} for acme.zendesk.com) or the
 * Freshdesk domain ({@code acme} for acme.freshdesk.com)
 * @param email the Zendesk agent email the API token belongs to; unused by Freshdesk
 * @param apiToken the Zendesk API token or Freshdesk API key: a secret, shown masked
 */
public record HelpdeskSettings(String provider, String account, @Nullable String email, String apiToken) {

	/** The same settings with the secret reduced to its last four characters. */
	public HelpdeskSettings masked() {
		String tail = (this.apiToken.length() > 8) ? this.apiToken.substring(this.apiToken.length() - 4) : "";
		return new HelpdeskSettings(this.provider, this.account, this.email, "****" + tail);
	}

}
