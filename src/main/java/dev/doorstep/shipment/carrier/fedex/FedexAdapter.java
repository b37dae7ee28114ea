package dev.doorstep.shipment.carrier.fedex;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.OAuthCarrierAdapter;

import org.springframework.stereotype.Component;

/**
 * FedEx tracking: credentials are the API key ({@code key}) and secret key
 * ({@code secret}) of a project in the FedEx Developer Portal with the Track API.
 */
@Component
public class FedexAdapter extends OAuthCarrierAdapter {

	public static final CarrierCode CODE = new CarrierCode("fedex");

	public FedexAdapter(FedexProperties properties, Clock clock) {
		super("FedEx", new FedexClient(properties, clock), configured(properties.clientId(), properties.clientSecret()),
				new FedexMapper(), clock);
	}

}
