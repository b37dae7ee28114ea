package dev.doorstep.shipment.carrier.royalmail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.doorstep.shipment.carrier.CarrierHttp;

/** HTTP to the Royal Mail Tracking API; no mapping here. */
class RoyalMailClient {

	private final CarrierHttp http;

	private final String baseUrl;

	RoyalMailClient(String baseUrl, Duration timeout) {
		this.http = new CarrierHttp(timeout);
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	CarrierHttp.Outcome events(String clientId, String clientSecret, String mailPieceId) {
		URI uri = URI.create(
				this.baseUrl + "/mailpieces/v2/" + URLEncoder.encode(mailPieceId, StandardCharsets.UTF_8) + "/events");
		return this.http.send(this.http.request(uri)
			.header("X-IBM-Client-Id", clientId)
			.header("X-IBM-Client-Secret", clientSecret)
			// Royal Mail refuses every call that does not accept its terms of use.
			.header("X-Accept-RMG-Terms", "yes")
			.header("Accept", "application/json")
			.GET()
			.build());
	}

}
