package dev.doorstep.shipment.carrier;

/**
 * The HTTP half of a carrier that answers with a token first: a cached token for the
 * credentials, the tracking call with it, and forgetting a token the carrier refused.
 */
public interface TokenClient {

	OAuthTokens.Result token(String key, String secret);

	void invalidate(String key);

	CarrierHttp.Outcome track(String trackingNumber, String accessToken);

}
