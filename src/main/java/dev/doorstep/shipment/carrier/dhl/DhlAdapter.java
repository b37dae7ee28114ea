package dev.doorstep.shipment.carrier.dhl;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;

import org.springframework.stereotype.Component;

/**
 * DHL parcels (parcel-de, Express, eCommerce, ...) through the Unified Tracking API,
 * asking the configured service or all of them.
 */
@Component
public class DhlAdapter extends UnifiedTrackingAdapter {

	public static final CarrierCode CODE = new CarrierCode("dhl");

	DhlAdapter(DhlProperties properties, Clock clock) {
		super(new DhlMapper(), properties.baseUrl(), properties.timeout(), properties.apiKey(), properties.service(),
				properties.language(), clock);
	}

}
