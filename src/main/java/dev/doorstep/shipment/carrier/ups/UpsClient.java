package dev.doorstep.shipment.carrier.ups;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.OAuthCarrierClient;
import dev.doorstep.shipment.carrier.OAuthTokens;

/**
 * HTTP to UPS: a client-credentials token (client id and secret as HTTP Basic, cached),
 * then one GET per inquiry number.
 */
public class UpsClient extends OAuthCarrierClient {

	static final String TOKEN_PATH = "/security/v1/oauth/token";

	static final String TRACKING_PATH = "/api/track/v1/details/";

	private final UpsProperties properties;

	public UpsClient(UpsProperties properties, Clock clock) {
		super("UPS", properties.baseUrl(), TOKEN_PATH, properties.timeout(), OAuthTokens.ClientAuthentication.BASIC,
				clock);
		this.properties = properties;
	}

	@Override
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

}
