package dev.doorstep.shipment.carrier.gls;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.OAuthCarrierClient;
import dev.doorstep.shipment.carrier.OAuthTokens;

/**
 * HTTP to GLS: a client-credentials token (client id and secret in the form, cached),
 * then one GET per parcel number.
 */
public class GlsClient extends OAuthCarrierClient {

	static final String TOKEN_PATH = "/oauth2/v1/token";

	static final String TRACKING_PATH = "/track-and-trace-v1/tracking/simple/trackids/";

	private final GlsProperties properties;

	public GlsClient(GlsProperties properties, Clock clock) {
		super("GLS", properties.baseUrl(), TOKEN_PATH, properties.timeout(), OAuthTokens.ClientAuthentication.FORM,
				clock);
		this.properties = properties;
	}

	@Override
	public CarrierHttp.Outcome track(String trackingNumber, String accessToken) {
		URI uri = URI.create(base() + TRACKING_PATH + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
		return this.http.send(this.http.request(uri)
			.header("Authorization", "Bearer " + accessToken)
			.header("Accept", "application/json")
			.header("Accept-Language", this.properties.language())
			.GET()
			.build());
	}

}
