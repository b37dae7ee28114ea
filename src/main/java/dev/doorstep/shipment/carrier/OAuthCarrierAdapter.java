package dev.doorstep.shipment.carrier;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import org.jspecify.annotations.Nullable;

/**
 * The flow every OAuth carrier shares: the shop's credentials or the instance's, a cached
 * token, one tracking call, and its answer mapped by the carrier's pure parser.
 * Credentials are the OAuth client id ({@code key}) and secret ({@code secret}).
 */
public abstract class OAuthCarrierAdapter implements CarrierAdapter {

	private final String carrierName;

	private final OAuthCarrierClient client;

	private final @Nullable CarrierCredentials configured;

	private final CarrierParser parser;

	private final Clock clock;

	/**
	 * @param configured the instance-wide credentials from the properties, or
	 * {@code null} when none are configured
	 */
	protected OAuthCarrierAdapter(String carrierName, OAuthCarrierClient client,
			@Nullable CarrierCredentials configured, CarrierParser parser, Clock clock) {
		this.carrierName = carrierName;
		this.client = client;
		this.configured = configured;
		this.parser = parser;
		this.clock = clock;
	}

	/** Credentials from properties: none when the client id is blank. */
	protected static @Nullable CarrierCredentials configured(String clientId, String clientSecret) {
		return clientId.isBlank() ? null : new CarrierCredentials(clientId, clientSecret, null);
	}

	@Override
	public CarrierCode carrier() {
		return this.parser.carrier();
	}

	@Override
	public TrackingResult parse(String rawResponse) {
		return this.parser.parse(rawResponse);
	}

	@Override
	public boolean canTrack(TrackingQuery query) {
		return credentials(query) != null;
	}

	@Override
	public TrackingResult track(TrackingQuery query) {
		CarrierCredentials credentials = credentials(query);
		if (credentials == null) {
			return new TrackingResult.Unauthorized("no " + this.carrierName + " credentials configured");
		}
		String secret = credentials.secret() == null ? "" : credentials.secret();
		return switch (this.client.token(credentials.key(), secret)) {
			case OAuthTokens.Result.Failure failure -> failure.result();
			case OAuthTokens.Result.Token token ->
				answer(this.client.track(query.trackingNumber(), token.accessToken()), credentials);
		};
	}

	private TrackingResult answer(CarrierHttp.Outcome outcome, CarrierCredentials credentials) {
		TrackingResult result = switch (outcome) {
			case CarrierHttp.Outcome.Unreachable unreachable -> unreachable.failure();
			case CarrierHttp.Outcome.Answered answered -> {
				TrackingResult common = CarrierHttp.common(answered.response(), this.carrierName, this.clock);
				// Other 4xx carry the carrier's own error document (not found, bad
				// number).
				yield common != null ? common : this.parser.parse(answered.response().body());
			}
		};
		if (result instanceof TrackingResult.Unauthorized) {
			// A revoked or expired token (a 401, or an error document saying so): the
			// next
			// poll fetches a fresh one.
			this.client.invalidate(credentials.key());
		}
		return result;
	}

	private @Nullable CarrierCredentials credentials(TrackingQuery query) {
		return query.credentials() != null ? query.credentials() : this.configured;
	}

}
