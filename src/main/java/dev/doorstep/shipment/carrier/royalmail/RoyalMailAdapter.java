package dev.doorstep.shipment.carrier.royalmail;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.KeyCarrierAdapter;
import dev.doorstep.shipment.carrier.TrackingQuery;

import org.springframework.stereotype.Component;

/**
 * Royal Mail items through the Tracking API v2; credentials are the IBM API gateway
 * client id ({@code key}) and client secret ({@code secret}), both required.
 */
@Component
public class RoyalMailAdapter extends KeyCarrierAdapter {

	public static final CarrierCode CODE = new CarrierCode("royal-mail");

	private final RoyalMailClient client;

	RoyalMailAdapter(RoyalMailProperties properties, Clock clock) {
		super("Royal Mail", new CarrierCredentials(properties.clientId(), properties.clientSecret(), null),
				new RoyalMailMapper(), clock);
		this.client = new RoyalMailClient(properties.baseUrl(), properties.timeout());
	}

	@Override
	protected boolean complete(CarrierCredentials credentials) {
		return !credentials.key().isBlank() && credentials.secret() != null && !credentials.secret().isBlank();
	}

	@Override
	protected CarrierHttp.Outcome call(CarrierCredentials credentials, TrackingQuery query) {
		String secret = credentials.secret() == null ? "" : credentials.secret();
		return this.client.events(credentials.key(), secret, query.trackingNumber());
	}

}
