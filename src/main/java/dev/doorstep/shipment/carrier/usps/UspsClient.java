package dev.doorstep.shipment.carrier.usps;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.OAuthTokens;

/**
 * HTTP to the USPS APIs: the OAuth token (cached per client id until shortly before it
 * expires) and the tracking call. No mapping here.
 */
class UspsClient {

	private final CarrierHttp http;

	private final OAuthTokens tokens;

	private final URI tokenUri;

	private final String baseUrl;

	UspsClient(String baseUrl, Duration timeout, Clock clock) {
		this.http = new CarrierHttp(timeout);
		// USPS takes client_id and client_secret in the form body (its OAuth 3.0 docs).
		this.tokens = new OAuthTokens(this.http, "USPS", OAuthTokens.ClientAuthentication.FORM, clock);
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.tokenUri = URI.create(this.baseUrl + "/oauth2/v3/token");
	}

	OAuthTokens.Result token(String clientId, String clientSecret) {
		return this.tokens.token(this.tokenUri, clientId, clientSecret, Map.of());
	}

	/** Forgets a token USPS refused, so the next poll fetches a fresh one. */
	void invalidate(String clientId) {
		this.tokens.invalidate(this.tokenUri, clientId);
	}

	CarrierHttp.Outcome track(String accessToken, String trackingNumber) {
		// expand=DETAIL: the summary alone has no event list.
		URI uri = URI.create(this.baseUrl + "/tracking/v3/tracking/"
				+ URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8) + "?expand=DETAIL");
		return this.http.send(this.http.request(uri)
			.header("Authorization", "Bearer " + accessToken)
			.header("Accept", "application/json")
			.GET()
			.build());
	}

}
