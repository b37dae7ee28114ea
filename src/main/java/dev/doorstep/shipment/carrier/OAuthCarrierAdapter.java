package dev.doorstep.shipment.carrier;

import java.time.Clock;

/**
 * The flow every OAuth carrier shares: the shop's credentials or the instance's, a cached
 * token, one tracking call, and its answer mapped by the carrier's pure parser.
 * Credentials are the OAuth client id ({@code key}) and secret ({@code secret}).
 */
public abstract class OAuthCarrierAdapter extends CredentialedCarrierAdapter {

	private final TokenClient client;

	/**
	 * @param configured the instance-wide credentials from the properties (blank parts
	 * when none are configured)
	 */
	protected OAuthCarrierAdapter(String carrierName, TokenClient client, CarrierCredentials configured,
			CarrierParser parser, Clock clock) {
		super(carrierName, configured, parser, clock);
		this.client = client;
	}

	/** Credentials from properties, blank when not configured. */
	protected static CarrierCredentials configured(String clientId, String clientSecret) {
		return new CarrierCredentials(clientId, clientSecret, null);
	}

	/** OAuth needs both halves of the client. */
	@Override
	protected boolean complete(CarrierCredentials credentials) {
		return !credentials.key().isBlank() && credentials.secret() != null && !credentials.secret().isBlank();
	}

	@Override
	protected TrackingResult ask(CarrierCredentials credentials, TrackingQuery query) {
		TrackingResult result = switch (this.client.token(credentials.key(), credentials.secret())) {
			case OAuthTokens.Result.Failure failure -> failure.result();
			case OAuthTokens.Result.Token token ->
				answer(this.client.track(query.trackingNumber(), token.accessToken()));
		};
		if (result instanceof TrackingResult.Unauthorized) {
			// A revoked or expired token (a 401, or an error document saying so): the
			// next
			// poll fetches a fresh one.
			this.client.invalidate(credentials.key());
		}
		return result;
	}

}
