package dev.doorstep.shipment.carrier.dhl;

import java.time.Clock;
import java.time.Duration;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.jspecify.annotations.Nullable;

/**
 * An adapter for a carrier code that DHL's Unified Tracking API serves (DHL, Deutsche
 * Post): pick the API key (the shop's own wins), call, and map the answer with the code's
 * mapper. Subclasses only choose the mapper and settings.
 */
public abstract class UnifiedTrackingAdapter implements CarrierAdapter {

	private final DhlClient client;

	private final DhlMapper mapper;

	private final String apiKey;

	private final String service;

	private final String language;

	private final Clock clock;

	/**
	 * @param apiKey the instance's key, used when the shop has none (may be empty)
	 * @param service the Unified API service to ask, blank for all
	 */
	protected UnifiedTrackingAdapter(DhlMapper mapper, String baseUrl, Duration timeout, String apiKey, String service,
			String language, Clock clock) {
		this.client = new DhlClient(baseUrl, timeout);
		this.mapper = mapper;
		this.apiKey = apiKey;
		this.service = service;
		this.language = language;
		this.clock = clock;
	}

	@Override
	public final CarrierCode carrier() {
		return this.mapper.carrier();
	}

	@Override
	public final TrackingResult parse(String rawResponse) {
		return this.mapper.parse(rawResponse);
	}

	@Override
	public final boolean canTrack(TrackingQuery query) {
		return apiKey(query) != null;
	}

	@Override
	public final TrackingResult track(TrackingQuery query) {
		CarrierCode carrier = this.mapper.carrier();
		String key = apiKey(query);
		if (key == null) {
			return new TrackingResult.Unauthorized("no " + carrier.displayName() + " credentials configured");
		}
		CarrierHttp.Outcome outcome = this.client.track(key, query.trackingNumber(), this.service, this.language,
				query.postcode());
		return switch (outcome) {
			case CarrierHttp.Outcome.Unreachable unreachable -> unreachable.failure();
			case CarrierHttp.Outcome.Answered answered -> answer(answered.response(), carrier);
		};
	}

	private TrackingResult answer(CarrierHttp.Response response, CarrierCode carrier) {
		TrackingResult common = CarrierHttp.common(response, carrier.displayName(), this.clock);
		if (common != null) {
			return common;
		}
		try {
			return this.mapper.parse(response.body());
		}
		catch (MalformedResponseException ex) {
			// A gateway page instead of the API's JSON: not the parcel's fault, maybe
			// transient.
			return new TrackingResult.Failed(carrier.displayName() + " answered " + response.status()
					+ " with an unexpected body: " + CarrierHttp.excerpt(response.body()), !response.ok());
		}
	}

	private @Nullable String apiKey(TrackingQuery query) {
		CarrierCredentials own = query.credentials();
		if (own != null && !own.key().isBlank()) {
			return own.key();
		}
		return this.apiKey.isBlank() ? null : this.apiKey;
	}

}
