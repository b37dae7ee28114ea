package dev.doorstep.shipment.carrier.usps;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.OAuthCarrierAdapter;

import org.springframework.stereotype.Component;

/**
 * USPS tracking: credentials are the consumer key ({@code key}) and secret
 * ({@code secret}) of an app on developers.usps.com.
 */
@Component
public class UspsAdapter extends OAuthCarrierAdapter {

	public static final CarrierCode CODE = new CarrierCode("usps");

	UspsAdapter(UspsProperties properties, Clock clock) {
		super("USPS", new UspsClient(properties, clock), configured(properties.clientId(), properties.clientSecret()),
				new UspsMapper(), clock);
	}

}
