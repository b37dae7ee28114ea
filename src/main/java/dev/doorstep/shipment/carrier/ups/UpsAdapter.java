package dev.doorstep.shipment.carrier.ups;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.OAuthCarrierAdapter;

import org.springframework.stereotype.Component;

/**
 * UPS tracking: credentials are the OAuth client id ({@code key}) and secret
 * ({@code secret}) of an app in the UPS Developer Portal with the Tracking product.
 */
@Component
public class UpsAdapter extends OAuthCarrierAdapter {

	public static final CarrierCode CODE = new CarrierCode("ups");

	public UpsAdapter(UpsProperties properties, Clock clock) {
		super("UPS", new UpsClient(properties, clock), configured(properties.clientId(), properties.clientSecret()),
				new UpsMapper(), clock);
	}

}
