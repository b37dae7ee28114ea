package dev.doorstep.notification.channel.messenger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

/**
 * The Send API over HTTP: {@code POST <base-url>/me/messages?access_token=<page token>}
 * with a JSON body. Nothing is interpreted here.
 */
@Component
class MessengerClient {

	record Response(int status, String body) {
	}

	private final HttpClient http;

	private final MessengerProperties properties;

	MessengerClient(MessengerProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
	}

	Response send(byte[] json) throws IOException, InterruptedException {
		String base = this.properties.baseUrl().replaceAll("/+$", "");
		URI uri = URI.create(base + "/me/messages?access_token="
				+ URLEncoder.encode(this.properties.pageAccessToken(), StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(json))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.body());
	}

}
