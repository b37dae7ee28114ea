package dev.doorstep.shipment.carrier.deutschepost;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.dhl.UnifiedTrackingAdapter;

import org.springframework.stereotype.Component;

/**
 * Deutsche Post letters and Warenpost through DHL's Unified Tracking API, asking the
 * {@code post-de} service.
 */
@Component
public class DeutschePostAdapter extends UnifiedTrackingAdapter {

	public static final CarrierCode CODE = new CarrierCode("deutsche-post");

	DeutschePostAdapter(DeutschePostProperties properties, Clock clock) {
		super(new DeutschePostMapper(), properties.baseUrl(), properties.timeout(), properties.apiKey(),
				properties.service(), properties.language(), clock);
	}

}
