package dev.doorstep.shipment.carrier;

import java.time.Clock;

/**
 * Carriers that take static credentials with every call (an API key header, a client id
 * and secret pair): one call per question.
 */
public abstract class KeyCarrierAdapter extends CredentialedCarrierAdapter {

	protected KeyCarrierAdapter(String carrierName, CarrierCredentials configured, CarrierParser parser, Clock clock) {
		super(carrierName, configured, parser, clock);
	}

	/** Asks the carrier about one number with these credentials. */
	protected abstract CarrierHttp.Outcome call(CarrierCredentials credentials, TrackingQuery query);

	@Override
	protected final TrackingResult ask(CarrierCredentials credentials, TrackingQuery query) {
		return answer(call(credentials, query));
	}

}
