package dev.doorstep.shipment.carrier.dpd;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.CredentialedCarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;

import org.springframework.stereotype.Component;

/**
 * DPD Germany tracking: credentials are the delisId ({@code key}) and its password
 * ({@code secret}); the adapter logs in and keeps the token.
 */
@Component
public class DpdAdapter extends CredentialedCarrierAdapter {

	public static final CarrierCode CODE = new CarrierCode("dpd");

	private final DpdClient client;

	private final DpdLogin login;

	private final Clock clock;

	private static final DpdMapper MAPPER = new DpdMapper();

	public DpdAdapter(DpdProperties properties, Clock clock) {
		super("DPD", new CarrierCredentials(properties.delisId(), properties.password(), null), MAPPER, clock);
		this.clock = clock;
		this.client = new DpdClient(properties);
		this.login = new DpdLogin(this.client, clock);
	}

	/** A delisId and its password: DPD logs in with both. */
	@Override
	protected boolean complete(CarrierCredentials credentials) {
		return !credentials.key().isBlank() && credentials.secret() != null && !credentials.secret().isBlank();
	}

	@Override
	protected TrackingResult ask(CarrierCredentials credentials, TrackingQuery query) {
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
			return MAPPER.parse(response.body());
		}
		TrackingResult common = CarrierHttp.common(response, "DPD", this.clock);
		return common != null ? common : MAPPER.parse(response.body());
	}

	/**
	 * The 2.0 answer need not repeat the parcel number; the number asked for is the
	 * number answered.
	 */
	private static TrackingResult withNumber(TrackingResult result, TrackingQuery query) {
		if (result instanceof TrackingResult.Found(CarrierTracking tracking) && tracking.trackingNumber().isEmpty()) {
			return new TrackingResult.Found(new CarrierTracking(query.trackingNumber(), tracking.carrier(),
					tracking.status(), tracking.subStatus(), tracking.delivered(), tracking.deliveredAt(),
					tracking.signedBy(), tracking.estimatedDelivery(), tracking.events(), tracking.handovers(),
					tracking.pickupPoint()));
		}
		return result;
	}

}
