package dev.doorstep.webhook.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.webhook.WebhookSignatures;

import org.springframework.stereotype.Component;

/**
 * POSTs one signed CloudEvent. Redirects are not followed: the merchant registered this
 * URL, and a redirect could lead to an address the reach check never saw.
 */
@Component
class EndpointClient {

	record Response(int status, Optional<String> retryAfter) {
	}

	private final HttpClient http;

	private final WebhookProperties properties;

	EndpointClient(WebhookProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	Response post(URI url, byte[] body, String signature, UUID deliveryId) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.properties.timeout())
			.header("Content-Type", CloudEvents.CONTENT_TYPE)
			.header("User-Agent", "Doorstep-Webhooks/1")
			.header(WebhookSignatures.HEADER, signature)
			.header("Doorstep-Delivery", deliveryId.toString())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
		return new Response(response.statusCode(), response.headers().firstValue("Retry-After"));
	}

}
