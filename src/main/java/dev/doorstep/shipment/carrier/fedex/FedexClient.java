package dev.doorstep.shipment.carrier.fedex;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.OAuthTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to FedEx: a client-credentials token (client id and secret in the form, cached),
 * then one POST per tracking number with detailed scans.
 */
public class FedexClient {

	static final String TOKEN_PATH = "/oauth/token";

	static final String TRACKING_PATH = "/track/v1/trackingnumbers";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FedexProperties properties;

	private final CarrierHttp http;

	private final OAuthTokens tokens;

	public FedexClient(FedexProperties properties, Clock clock) {
		this.properties = properties;
		this.http = new CarrierHttp(properties.timeout());
		this.tokens = new OAuthTokens(this.http, "FedEx", OAuthTokens.ClientAuthentication.FORM, clock);
	}

	public OAuthTokens.Result token(String clientId, String clientSecret) {
		return this.tokens.token(tokenUri(), clientId, clientSecret, Map.of());
	}

	public void invalidate(String clientId) {
		this.tokens.invalidate(tokenUri(), clientId);
	}

	public CarrierHttp.Outcome track(String trackingNumber, String accessToken) {
		// Built by Jackson so a number with odd characters cannot break the JSON.
		String body = JSON.writeValueAsString(Map.of("includeDetailedScans", true, "trackingInfo",
				List.of(Map.of("trackingNumberInfo", Map.of("trackingNumber", trackingNumber)))));
		return this.http.send(this.http.request(URI.create(base() + TRACKING_PATH))
			.header("Authorization", "Bearer " + accessToken)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-locale", this.properties.locale())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private URI tokenUri() {
		return URI.create(base() + TOKEN_PATH);
	}

	private String base() {
		String base = this.properties.baseUrl();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

}
