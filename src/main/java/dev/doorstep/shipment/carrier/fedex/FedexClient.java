package dev.doorstep.shipment.carrier.fedex;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.OAuthCarrierClient;
import dev.doorstep.shipment.carrier.OAuthTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to FedEx: a client-credentials token (client id and secret in the form, cached),
 * then one POST per tracking number with detailed scans.
 */
public class FedexClient extends OAuthCarrierClient {

	static final String TOKEN_PATH = "/oauth/token";

	static final String TRACKING_PATH = "/track/v1/trackingnumbers";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FedexProperties properties;

	public FedexClient(FedexProperties properties, Clock clock) {
		super("FedEx", properties.baseUrl(), TOKEN_PATH, properties.timeout(), OAuthTokens.ClientAuthentication.FORM,
				clock);
		this.properties = properties;
	}

	@Override
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

}
