package dev.doorstep.shipment.carrier.dpd;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * DPD Germany tracking: credentials are the delisId ({@code key}) and its password
 * ({@code secret}); the adapter logs in and keeps the token.
 */
@Component
public class DpdAdapter implements CarrierAdapter {

	public static final CarrierCode CODE = new CarrierCode("dpd");

	private final DpdProperties properties;

	private final DpdClient client;

	private final DpdLogin login;

	private final Clock clock;

	private final DpdMapper mapper = new DpdMapper();

	public DpdAdapter(DpdProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.client = new DpdClient(properties);
		this.login = new DpdLogin(this.client, clock);
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
			return new TrackingResult.Unauthorized("no DPD credentials configured");
		}
		return track(query, credentials, true);
	}

	private TrackingResult track(TrackingQuery query, CarrierCredentials credentials, boolean mayLogInAgain) {
		String password = credentials.secret() == null ? "" : credentials.secret();
		return switch (this.login.token(credentials.key(), password)) {
			case DpdLogin.Result.Failure failure -> failure.result();
			case DpdLogin.Result.Token token -> {
				TrackingResult result = switch (this.client.track(query.trackingNumber(), credentials.key(),
						token.authToken())) {
					case CarrierHttp.Outcome.Unreachable unreachable -> unreachable.failure();
					case CarrierHttp.Outcome.Answered answered -> withNumber(answer(answered.response()), query);
				};
				if (result instanceof TrackingResult.Unauthorized && mayLogInAgain) {
					// The token expired or was revoked early (LOGIN_5): log in once more.
					this.login.invalidate(credentials.key());
					yield track(query, credentials, false);
				}
				yield result;
			}
		};
	}

	private TrackingResult answer(CarrierHttp.Response response) {
		// SOAP 1.1 sends faults (a refused token among them) as HTTP 500 with a body.
		if (response.status() == 500 && response.body().contains("Fault>")) {
			return this.mapper.parse(response.body());
		}
		TrackingResult common = CarrierHttp.common(response, "DPD", this.clock);
		return common != null ? common : this.mapper.parse(response.body());
	}

	/**
	 * The 2.0 answer need not repeat the parcel number; the number asked for is the
	 * number answered.
	 */
	private static TrackingResult withNumber(TrackingResult result, TrackingQuery query) {
		if (result instanceof TrackingResult.Found(CarrierTracking tracking) && tracking.trackingNumber().isEmpty()) {
			return new TrackingResult.Found(new CarrierTracking(query.trackingNumber(), tracking.carrier(),
					tracking.status(), tracking.subStatus(), tracking.delivered(), tracking.deliveredAt(),
					tracking.signedBy(), tracking.estimatedDelivery(), tracking.events(), tracking.handovers()));
		}
		return result;
	}

	private @Nullable CarrierCredentials credentials(TrackingQuery query) {
		if (query.credentials() != null) {
			return query.credentials();
		}
		if (this.properties.delisId().isBlank() || this.properties.password().isBlank()) {
			return null;
		}
		return new CarrierCredentials(this.properties.delisId(), this.properties.password(), null);
	}

}
