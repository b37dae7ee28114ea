package dev.doorstep.shipment.carrier.gls;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.OAuthCarrierAdapter;

import org.springframework.stereotype.Component;

/**
 * GLS tracking: credentials are the OAuth client id ({@code key}) and secret
 * ({@code secret}) of an app in the GLS Developer Portal.
 */
@Component
public class GlsAdapter extends OAuthCarrierAdapter {

	public static final CarrierCode CODE = new CarrierCode("gls");

	public GlsAdapter(GlsProperties properties, Clock clock) {
		super("GLS", new GlsClient(properties, clock), configured(properties.clientId(), properties.clientSecret()),
				new GlsMapper(), clock);
	}

}
