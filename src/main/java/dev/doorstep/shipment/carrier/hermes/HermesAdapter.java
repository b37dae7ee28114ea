package dev.doorstep.shipment.carrier.hermes;

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
 * Hermes Germany tracking. A shop's credentials are its HSI user name ({@code key}) and
 * password ({@code secret}); the OAuth client id and secret are the installation's
 * ({@code doorstep.carrier.hermes.client-id}/{@code client-secret}), as Hermes issues
 * them to the API partner.
 */
@Component
public class HermesAdapter implements CarrierAdapter {

	public static final CarrierCode CODE = new CarrierCode("hermes");

	private final HermesProperties properties;

	private final HermesClient client;

	private final Clock clock;

	private final HermesMapper mapper = new HermesMapper();

	public HermesAdapter(HermesProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.client = new HermesClient(properties, clock);
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
			return new TrackingResult.Unauthorized("no Hermes credentials configured");
		}
		String password = credentials.secret() == null ? "" : credentials.secret();
		return switch (this.client.token(credentials.key(), password)) {
			case OAuthTokens.Result.Failure failure -> failure.result();
			case OAuthTokens.Result.Token token -> {
				TrackingResult result = answer(this.client.track(query.trackingNumber(), token.accessToken()));
				if (result instanceof TrackingResult.Unauthorized) {
					// Expired or revoked token (e902/e903, 401): fetch a new one next
					// time.
					this.client.invalidate(credentials.key());
				}
				yield result;
			}
		};
	}

	private TrackingResult answer(CarrierHttp.Outcome outcome) {
		return switch (outcome) {
			case CarrierHttp.Outcome.Unreachable unreachable -> unreachable.failure();
			case CarrierHttp.Outcome.Answered answered -> {
				TrackingResult common = CarrierHttp.common(answered.response(), "Hermes", this.clock);
				yield common != null ? common : this.mapper.parse(answered.response().body());
			}
		};
	}

	private @Nullable CarrierCredentials credentials(TrackingQuery query) {
		if (this.properties.clientId().isBlank()) {
			return null;
		}
		if (query.credentials() != null) {
			return query.credentials();
		}
		if (this.properties.username().isBlank()) {
			return null;
		}
		return new CarrierCredentials(this.properties.username(), this.properties.password(), null);
	}

}
