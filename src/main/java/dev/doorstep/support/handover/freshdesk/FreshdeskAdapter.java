package dev.doorstep.support.handover.freshdesk;

import java.util.Map;
import java.util.Optional;

import dev.doorstep.support.HelpdeskSettings;
import dev.doorstep.support.handover.HelpdeskAdapter;
import dev.doorstep.support.handover.HelpdeskHttp;
import dev.doorstep.support.handover.Ticket;
import dev.doorstep.support.handover.TicketResult;

import org.springframework.stereotype.Component;

/**
 * Freshdesk's Tickets API: {@code POST /api/v2/tickets} with
 * {@code {"subject","description","email","priority","status"}}, Basic auth
 * {@code api_key:X}; 201 answers the ticket with its {@code id}. Priority 2 (medium) and
 * status 2 (open): a shopper asked for a person.
 */
@Component
class FreshdeskAdapter implements HelpdeskAdapter {

	static final int PRIORITY_MEDIUM = 2;

	static final int STATUS_OPEN = 2;

	private final HelpdeskHttp http;

	FreshdeskAdapter(HelpdeskHttp http) {
		this.http = http;
	}

	@Override
	public String provider() {
		return "freshdesk";
	}

	@Override
	public TicketResult create(HelpdeskSettings settings, Ticket ticket) {
		// Freshdesk renders the description as HTML: the plain text is escaped, its
		// lines kept.
		String description = org.springframework.web.util.HtmlUtils.htmlEscape(ticket.body()).replace("\n", "<br>");
		Map<String, Object> body = Map.of("subject", ticket.subject(), "description", description, "email",
				ticket.requesterEmail(), "priority", PRIORITY_MEDIUM, "status", STATUS_OPEN, "tags", ticket.tags());
		return this.http.post(this.http.properties().freshdeskUrl(), settings.account(), "/api/v2/tickets",
				settings.apiToken(), "X", body, json -> {
					var id = json.path("id");
					return id.isMissingNode() || id.isNull() ? Optional.empty() : Optional.of(id.asString());
				});
	}

}
