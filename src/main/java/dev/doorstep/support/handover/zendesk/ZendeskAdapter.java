package dev.doorstep.support.handover.zendesk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.support.HelpdeskSettings;
import dev.doorstep.support.handover.HelpdeskAdapter;
import dev.doorstep.support.handover.HelpdeskHttp;
import dev.doorstep.support.handover.Ticket;
import dev.doorstep.support.handover.TicketResult;

import org.springframework.stereotype.Component;

/**
 * Zendesk Support's Tickets API: {@code POST /api/v2/tickets.json} with
 * {@code {"ticket":{"subject","comment":{"body"},"requester":{"name","email"},"tags"}}},
 * Basic auth {@code {email}/token:{api_token}}; 201 answers {@code {"ticket":{"id":…}}}.
 */
@Component
class ZendeskAdapter implements HelpdeskAdapter {

	private final HelpdeskHttp http;

	ZendeskAdapter(HelpdeskHttp http) {
		this.http = http;
	}

	@Override
	public String provider() {
		return "zendesk";
	}

	@Override
	public TicketResult create(HelpdeskSettings settings, Ticket ticket) {
		if (settings.email() == null) {
			return new TicketResult.Failed("Zendesk needs the agent email of the API token");
		}
		Map<String, Object> requester = new LinkedHashMap<>();
		requester.put("name", (ticket.requesterName() != null) ? ticket.requesterName() : ticket.requesterEmail());
		requester.put("email", ticket.requesterEmail());
		Map<String, Object> body = Map.of("ticket", Map.of("subject", ticket.subject(), "comment",
				Map.of("body", ticket.body()), "requester", requester, "tags", ticket.tags()));
		return this.http.post(this.http.properties().zendeskUrl(), settings.account(), "/api/v2/tickets.json",
				settings.email() + "/token", settings.apiToken(), body, json -> {
					var id = json.path("ticket").path("id");
					return id.isMissingNode() || id.isNull() ? Optional.empty() : Optional.of(id.asString());
				});
	}

}
