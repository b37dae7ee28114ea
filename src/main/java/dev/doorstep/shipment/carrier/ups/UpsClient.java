package dev.doorstep.shipment.carrier.ups;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.OAuthTokens;

/**
 * HTTP to UPS: a client-credentials token (HTTP Basic client authentication, cached),
 * then one GET per inquiry number.
 */
public class UpsClient {

	static final String TOKEN_PATH = "/security/v1/oauth/token";

	static final String TRACKING_PATH = "/api/track/v1/details/";

	private final UpsProperties properties;

	private final CarrierHttp http;

	private final OAuthTokens tokens;

	public UpsClient(UpsProperties properties, Clock clock) {
		this.properties = properties;
		this.http = new CarrierHttp(properties.timeout());
		this.tokens = new OAuthTokens(this.http, "UPS", OAuthTokens.ClientAuthentication.BASIC, clock);
	}

	public OAuthTokens.Result token(String clientId, String clientSecret) {
		return this.tokens.token(tokenUri(), clientId, clientSecret, Map.of());
	}

	public void invalidate(String clientId) {
		this.tokens.invalidate(tokenUri(), clientId);
	}

	public CarrierHttp.Outcome track(String inquiryNumber, String accessToken) {
		URI uri = URI.create(base() + TRACKING_PATH + URLEncoder.encode(inquiryNumber, StandardCharsets.UTF_8)
				+ "?locale=" + URLEncoder.encode(this.properties.locale(), StandardCharsets.UTF_8)
				+ "&returnSignature=false&returnMilestones=false&returnPOD=false");
		return this.http.send(this.http.request(uri)
			.header("Authorization", "Bearer " + accessToken)
			.header("Accept", "application/json")
			// UPS wants a request id of at most 32 characters, unique per call.
			.header("transId", UUID.randomUUID().toString().replace("-", ""))
			.header("transactionSrc", this.properties.transactionSrc())
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
