package dev.doorstep.shipment.carrier;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP half of an OAuth carrier: client-credentials tokens from one token endpoint
 * below the API host, cached, and the carrier's own tracking call.
 */
public abstract class OAuthCarrierClient implements TokenClient {

	protected final CarrierHttp http;

	private final OAuthTokens tokens;

	private final String base;

	private final URI tokenUri;

	protected OAuthCarrierClient(String carrierName, String baseUrl, String tokenPath, Duration timeout,
			OAuthTokens.ClientAuthentication authentication, Clock clock) {
		this.http = new CarrierHttp(timeout);
		this.tokens = new OAuthTokens(this.http, carrierName, authentication, clock);
		this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.tokenUri = URI.create(this.base + tokenPath);
	}

	@Override
	public OAuthTokens.Result token(String clientId, String clientSecret) {
		return this.tokens.token(this.tokenUri, clientId, clientSecret, Map.of());
	}

	/** Forgets a refused token, so the next call fetches a new one. */
	@Override
	public void invalidate(String clientId) {
		this.tokens.invalidate(this.tokenUri, clientId);
	}

	/** Asks about one number with a valid token. */
	@Override
	public abstract CarrierHttp.Outcome track(String trackingNumber, String accessToken);

	/** The API host without a trailing slash. */
	protected String base() {
		return this.base;
	}

}
