package dev.doorstep.notification.channel.webpush;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * HTTP to push services (RFC 8030 section 5): one POST per message and subscription,
 * nothing else.
 */
@Component
class WebPushClient {

	/** What the push service said; {@code location} names the message it created. */
	record Response(int status, Optional<String> location, Optional<String> retryAfter) {
	}

	private final HttpClient http;

	private final WebPushProperties properties;

	WebPushClient(WebPushProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	Response post(URI endpoint, String authorization, Duration ttl, String urgency, byte[] body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(this.properties.timeout())
			.header("Authorization", authorization)
			.header("TTL", Long.toString(ttl.toSeconds()))
			.header("Urgency", urgency)
			.header("Content-Encoding", "aes128gcm")
			.header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
		return new Response(response.statusCode(), response.headers().firstValue("Location"),
				response.headers().firstValue("Retry-After"));
	}

}
