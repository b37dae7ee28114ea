package dev.doorstep.shipment.carrier.hermes;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.OAuthTokens;
import dev.doorstep.shipment.carrier.TokenClient;

/**
 * HTTP to Hermes: a password-grant token per HSI user (cached), then one
 * {@code GET /shipmentinfo} per shipment.
 */
public class HermesClient implements TokenClient {

	static final String SHIPMENT_INFO_PATH = "/shipmentinfo";

	private final HermesProperties properties;

	private final CarrierHttp http;

	private final Clock clock;

	// OAuthTokens caches by client id; all shops share Doorstep's client id but log in as
	// different HSI users, so each user gets a cache of its own.
	private final Map<String, OAuthTokens> tokensByUser = new ConcurrentHashMap<>();

	public HermesClient(HermesProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.http = new CarrierHttp(properties.timeout());
	}

	@Override
	public OAuthTokens.Result token(String username, String password) {
		return tokens(username).token(URI.create(this.properties.tokenUrl()), this.properties.clientId(),
				this.properties.clientSecret(),
				Map.of("grant_type", "password", "username", username, "password", password));
	}

	@Override
	public void invalidate(String username) {
		tokens(username).invalidate(URI.create(this.properties.tokenUrl()), this.properties.clientId());
	}

	@Override
	public CarrierHttp.Outcome track(String shipmentId, String accessToken) {
		String base = this.properties.baseUrl().replaceAll("/+$", "");
		URI uri = URI
			.create(base + SHIPMENT_INFO_PATH + "?shipmentID=" + URLEncoder.encode(shipmentId, StandardCharsets.UTF_8));
		return this.http.send(this.http.request(uri)
			.header("Authorization", "Bearer " + accessToken)
			.header("Accept", "application/json")
			.header("Accept-Language", this.properties.language())
			.header("User-Agent", "Doorstep")
			.GET()
			.build());
	}

	private OAuthTokens tokens(String username) {
		return this.tokensByUser.computeIfAbsent(username,
				user -> new OAuthTokens(this.http, "Hermes", OAuthTokens.ClientAuthentication.FORM, this.clock));
	}

}
