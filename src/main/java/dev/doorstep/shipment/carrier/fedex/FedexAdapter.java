package dev.doorstep.shipment.carrier.fedex;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.OAuthTokens;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * FedEx tracking: credentials are the API key ({@code key}) and secret key
 * ({@code secret}) of a project in the FedEx Developer Portal with the Track API.
 */
@Component
public class FedexAdapter implements CarrierAdapter {

	public static final CarrierCode CODE = new CarrierCode("fedex");

	private final FedexProperties properties;

	private final FedexClient client;

	private final Clock clock;

	private final FedexMapper mapper = new FedexMapper();

	public FedexAdapter(FedexProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.client = new FedexClient(properties, clock);
	}

	@Override
	public CarrierCode carrier() {
		return CODE;
	}

	@Override
	public TrackingResult parse(String rawResponse) {
		return this.mapper.parse(rawResponse);
	}

	@Override
	public boolean canTrack(TrackingQuery query) {
		return credentials(query) != null;
	}

	@Override
	public TrackingResult track(TrackingQuery query) {
		CarrierCredentials credentials = credentials(query);
		if (credentials == null) {
			return new TrackingResult.Unauthorized("no FedEx credentials configured");
		}
		String secret = credentials.secret() == null ? "" : credentials.secret();
		return switch (this.client.token(credentials.key(), secret)) {
			case OAuthTokens.Result.Failure failure -> failure.result();
			case OAuthTokens.Result.Token token ->
				answer(this.client.track(query.trackingNumber(), token.accessToken()), credentials);
		};
	}

	private TrackingResult answer(CarrierHttp.Outcome outcome, CarrierCredentials credentials) {
		return switch (outcome) {
			case CarrierHttp.Outcome.Unreachable unreachable -> unreachable.failure();
			case CarrierHttp.Outcome.Answered answered -> {
				CarrierHttp.Response response = answered.response();
				if (response.status() == 401) {
					// A revoked or expired token: the next poll fetches a fresh one.
					this.client.invalidate(credentials.key());
				}
				TrackingResult common = CarrierHttp.common(response, "FedEx", this.clock);
				// 400 and 404 carry FedEx's error list; unknown numbers come inside a
				// 200.
				yield common != null ? common : this.mapper.parse(response.body());
			}
		};
	}

	private @Nullable CarrierCredentials credentials(TrackingQuery query) {
		if (query.credentials() != null) {
			return query.credentials();
		}
		if (this.properties.clientId().isBlank()) {
			return null;
		}
		return new CarrierCredentials(this.properties.clientId(), this.properties.clientSecret(), null);
	}

}
