package dev.doorstep.shipment.carrier.usps;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.OAuthCarrierClient;
import dev.doorstep.shipment.carrier.OAuthTokens;

/**
 * HTTP to the USPS APIs: a client-credentials token (client id and secret in the form
 * body, as USPS's OAuth docs ask, cached), then one GET per tracking number.
 */
class UspsClient extends OAuthCarrierClient {

	static final String TOKEN_PATH = "/oauth2/v3/token";

	static final String TRACKING_PATH = "/tracking/v3/tracking/";

	UspsClient(UspsProperties properties, Clock clock) {
		super("USPS", properties.baseUrl(), TOKEN_PATH, properties.timeout(), OAuthTokens.ClientAuthentication.FORM,
				clock);
	}

	@Override
	public CarrierHttp.Outcome track(String trackingNumber, String accessToken) {
		// expand=DETAIL: the summary alone has no event list.
		URI uri = URI.create(
				base() + TRACKING_PATH + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8) + "?expand=DETAIL");
		return this.http.send(this.http.request(uri)
			.header("Authorization", "Bearer " + accessToken)
			.header("Accept", "application/json")
			.GET()
			.build());
	}

}
