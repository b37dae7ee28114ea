package dev.doorstep.notification.channel.twilio;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.doorstep.notification.internal.ProviderHttp;

/**
 * HTTP to Twilio's Messages resource, nothing else.
 */
final class TwilioClient {

	private final ProviderHttp http;

	private final TwilioProperties properties;

	private final String baseUrl;

	TwilioClient(TwilioProperties properties) {
		this.properties = properties;
		this.http = new ProviderHttp(properties.timeout());
		String base = properties.baseUrl();
		this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} with Basic auth. */
	ProviderHttp.Response send(String form) throws IOException {
		String credentials = this.properties.accountSid() + ":" + this.properties.authToken();
		return this.http.send(this.http
			.request(URI.create(this.baseUrl + "/2010-04-01/Accounts/"
					+ URLEncoder.encode(this.properties.accountSid(), StandardCharsets.UTF_8) + "/Messages.json"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
			.build());
	}

}
