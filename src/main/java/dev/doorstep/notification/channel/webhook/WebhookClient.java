package dev.doorstep.notification.channel.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * POSTs one signed body to a merchant's URL. Redirects are not followed: the signature is
 * for the URL the merchant registered.
 */
@Component
class WebhookClient {

	record Response(int status, Optional<String> retryAfter) {
	}

	private final HttpClient http;

	private final WebhookProperties properties;

	WebhookClient(WebhookProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	Response post(URI url, byte[] body, String signature, String messageId) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "Doorstep-Webhook/1")
			.header(WebhookMapper.SIGNATURE_HEADER, signature)
			.header("X-Doorstep-Message-Id", messageId)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
		return new Response(response.statusCode(), response.headers().firstValue("Retry-After"));
	}

}
