package dev.doorstep.support.handover;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

import dev.doorstep.runtime.OutboundUrls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The outbound side shared by helpdesk adapters: builds the URL from the configured root
 * and the shop's account name, refuses URLs and host names that point inside the
 * installation's network (SSRF: the account name is the merchant's input), posts JSON
 * with Basic auth and reads the ticket id from a 201.
 */
@Component
public class HelpdeskHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HandoverProperties properties;

	private final HttpClient http;

	public HelpdeskHttp(HandoverProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
	}

	/**
	 * Posts {@code body} to {@code root + path} ({@code {account}} in the root replaced),
	 * and maps a 201 through {@code ticketId}.
	 */
	public TicketResult post(String root, String account, String path, String user, String password, Object body,
			Function<JsonNode, Optional<String>> ticketId) {
		Optional<URI> uri = OutboundUrls.web(root.replace("{account}", account) + path, this.properties.allowHttp());
		if (uri.isEmpty()) {
			return new TicketResult.Failed("helpdesk URL refused");
		}
		if (!this.properties.allowHttp() && OutboundUrls.reach(uri.get().getHost()) != OutboundUrls.Reach.PUBLIC) {
			return new TicketResult.Failed("helpdesk host is not public or does not resolve");
		}
		String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		try {
			HttpRequest request = HttpRequest.newBuilder(uri.get())
				.timeout(this.properties.timeout())
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.header("Authorization", "Basic " + auth)
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201 && response.statusCode() != 200) {
				// The body may echo the shopper's text: only the status is kept.
				return new TicketResult.Failed("HTTP " + response.statusCode());
			}
			return ticketId.apply(JSON.readTree(response.body()))
				.<TicketResult>map(TicketResult.Created::new)
				.orElseGet(() -> new TicketResult.Failed("no ticket id in the response"));
		}
		catch (IOException | RuntimeException ex) {
			return new TicketResult.Failed(ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new TicketResult.Failed("interrupted");
		}
	}

	public HandoverProperties properties() {
		return this.properties;
	}

}
