package dev.doorstep.shipment.carrier.gls;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.OAuthTokens;

/**
 * HTTP to GLS: a client-credentials token (cached), then one GET per parcel number.
 */
public class GlsClient {

	static final String TOKEN_PATH = "/oauth2/v1/token";

	static final String TRACKING_PATH = "/track-and-trace-v1/tracking/simple/trackids/";

	private final GlsProperties properties;

	private final CarrierHttp http;

	private final OAuthTokens tokens;

	public GlsClient(GlsProperties properties, Clock clock) {
		this.properties = properties;
		this.http = new CarrierHttp(properties.timeout());
		this.tokens = new OAuthTokens(this.http, "GLS", OAuthTokens.ClientAuthentication.FORM, clock);
	}

	public OAuthTokens.Result token(String clientId, String clientSecret) {
		return this.tokens.token(tokenUri(), clientId, clientSecret, Map.of());
	}

	public void invalidate(String clientId) {
		this.tokens.invalidate(tokenUri(), clientId);
	}

	public CarrierHttp.Outcome track(String trackingNumber, String accessToken) {
		URI uri = URI.create(base() + TRACKING_PATH + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
		return this.http.send(this.http.request(uri)
			.header("Authorization", "Bearer " + accessToken)
			.header("Accept", "application/json")
			.header("Accept-Language", this.properties.language())
			.GET()
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
