package dev.doorstep.notification.channel.whatsapp;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import dev.doorstep.notification.internal.ProviderHttp;

/**
 * HTTP to the Cloud API's messages endpoint, nothing else.
 */
final class WhatsAppClient {

	private final ProviderHttp http;

	private final WhatsAppProperties properties;

	private final String baseUrl;

	WhatsAppClient(WhatsAppProperties properties) {
		this.properties = properties;
		this.http = new ProviderHttp(properties.timeout());
		String base = properties.baseUrl();
		this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** {@code POST /{phone-number-id}/messages} with the Bearer token. */
	ProviderHttp.Response send(String json) throws IOException {
		return this.http.send(this.http
			.request(URI.create(this.baseUrl + "/"
					+ URLEncoder.encode(this.properties.phoneNumberId(), StandardCharsets.UTF_8) + "/messages"))
			.header("Authorization", "Bearer " + this.properties.accessToken())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

}
