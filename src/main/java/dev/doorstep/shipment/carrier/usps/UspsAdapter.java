package dev.doorstep.shipment.carrier.usps;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.OAuthTokens;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * USPS parcels through Tracking 3.0: a client-credentials token (the shop's own client
 * wins over the instance's), then the tracking call.
 */
@Component
public class UspsAdapter implements CarrierAdapter {

	public static final CarrierCode CODE = new CarrierCode("usps");

	private record Client(String id, String secret) {
	}

	private final UspsProperties properties;

	private final UspsClient client;

	private final UspsMapper mapper = new UspsMapper();

	private final Clock clock;

	UspsAdapter(UspsProperties properties, Clock clock) {
		this.properties = properties;
		this.client = new UspsClient(properties.baseUrl(), properties.timeout(), clock);
		this.clock = clock;
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
		return client(query) != null;
	}

	@Override
	public TrackingResult track(TrackingQuery query) {
		Client client = client(query);
		if (client == null) {
			return new TrackingResult.Unauthorized("no USPS credentials configured");
		}
		return switch (this.client.token(client.id(), client.secret())) {
			case OAuthTokens.Result.Failure failure -> failure.result();
			case OAuthTokens.Result.Token token ->
				switch (this.client.track(token.accessToken(), query.trackingNumber())) {
					case CarrierHttp.Outcome.Unreachable unreachable -> unreachable.failure();
					case CarrierHttp.Outcome.Answered answered -> answer(answered.response(), client);
				};
		};
	}

	private TrackingResult answer(CarrierHttp.Response response, Client client) {
		if (response.status() == 401) {
			// Revoked or expired early: the next poll must not reuse the cached token.
			this.client.invalidate(client.id());
		}
		TrackingResult common = CarrierHttp.common(response, "USPS", this.clock);
		if (common != null) {
			return common;
		}
		try {
			return this.mapper.parse(response.body());
		}
		catch (MalformedResponseException ex) {
			// A gateway page instead of the API's JSON: not the parcel's fault.
			return new TrackingResult.Failed("USPS answered " + response.status() + " with an unexpected body: "
					+ CarrierHttp.excerpt(response.body()), !response.ok());
		}
	}

	private @Nullable Client client(TrackingQuery query) {
		CarrierCredentials own = query.credentials();
		if (own != null && !own.key().isBlank() && own.secret() != null && !own.secret().isBlank()) {
			return new Client(own.key(), own.secret());
		}
		if (this.properties.clientId().isBlank() || this.properties.clientSecret().isBlank()) {
			return null;
		}
		return new Client(this.properties.clientId(), this.properties.clientSecret());
	}

}
