package dev.doorstep.shipment.carrier;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import org.jspecify.annotations.Nullable;

/**
 * What every carrier with credentials shares: the shop's own credentials when complete,
 * else the instance's; no call at all without either; and the carrier's answer mapped by
 * its pure parser after the meanings every carrier shares (401, 429, 5xx). Subclasses
 * only say how one question is asked ({@link #ask}).
 */
public abstract class CredentialedCarrierAdapter implements CarrierAdapter {

	private final String carrierName;

	private final CarrierCredentials configured;

	private final CarrierParser parser;

	private final Clock clock;

	/**
	 * @param configured the instance-wide credentials from the properties, blank parts
	 * when none are configured
	 */
	protected CredentialedCarrierAdapter(String carrierName, CarrierCredentials configured, CarrierParser parser,
			Clock clock) {
		this.carrierName = carrierName;
		this.configured = configured;
		this.parser = parser;
		this.clock = clock;
	}

	/** One tracking question with complete credentials. */
	protected abstract TrackingResult ask(CarrierCredentials credentials, TrackingQuery query);

	/**
	 * Whether the credentials have every part the carrier needs; by default the key.
	 */
	protected boolean complete(CarrierCredentials credentials) {
		return !credentials.key().isBlank();
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
		return ask(credentials, query);
	}

	/** The carrier's answer: common HTTP meanings first, then its own document. */
	protected final TrackingResult answer(CarrierHttp.Outcome outcome) {
		return switch (outcome) {
			case CarrierHttp.Outcome.Unreachable unreachable -> unreachable.failure();
			case CarrierHttp.Outcome.Answered answered -> answer(answered.response());
		};
	}

	private TrackingResult answer(CarrierHttp.Response response) {
		TrackingResult common = CarrierHttp.common(response, this.carrierName, this.clock);
		if (common != null) {
			return common;
		}
		try {
			// Other 4xx carry the carrier's own error document (not found, bad number).
			return this.parser.parse(response.body());
		}
		catch (MalformedResponseException ex) {
			// A gateway page instead of the API's document: not the parcel's fault.
			return new TrackingResult.Failed(this.carrierName + " answered " + response.status()
					+ " with an unexpected body: " + CarrierHttp.excerpt(response.body()), !response.ok());
		}
	}

	private @Nullable CarrierCredentials credentials(TrackingQuery query) {
		CarrierCredentials own = query.credentials();
		if (own != null && complete(own)) {
			return own;
		}
		return complete(this.configured) ? this.configured : null;
	}

}
