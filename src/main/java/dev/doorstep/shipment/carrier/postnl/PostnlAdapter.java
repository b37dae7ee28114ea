package dev.doorstep.shipment.carrier.postnl;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.KeyCarrierAdapter;
import dev.doorstep.shipment.carrier.TrackingQuery;

import org.springframework.stereotype.Component;

/**
 * PostNL parcels through the Shippingstatus API; credentials are the PostNL API key
 * ({@code key}).
 */
@Component
public class PostnlAdapter extends KeyCarrierAdapter {

	public static final CarrierCode CODE = new CarrierCode("postnl");

	private final PostnlClient client;

	PostnlAdapter(PostnlProperties properties, Clock clock) {
		super("PostNL", new CarrierCredentials(properties.apiKey(), null, null), new PostnlMapper(), clock);
		this.client = new PostnlClient(properties.baseUrl(), properties.language(), properties.timeout());
	}

	@Override
	protected CarrierHttp.Outcome call(CarrierCredentials credentials, TrackingQuery query) {
		return this.client.status(credentials.key(), query.trackingNumber());
	}

}
