package dev.doorstep.notification.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.DeliveryTexts;
import dev.doorstep.delivery.ShipmentPromise;
import dev.doorstep.notification.Trigger;
import dev.doorstep.shipment.Shipment;

import org.springframework.stereotype.Component;

/**
 * What a delay message says beyond the parcel: {@code {{parcel.delayReason}}} ("no scan
 * for 3 days at Leipzig, usually 1 day.") and {@code {{parcel.window}}} ("Arrives Tue 24
 * – Thu 26 Nov, most likely Wed"), from the delivery module. Empty for other triggers and
 * for parcels without a prediction (a preview's sample parcel).
 */
@Component
class DelayFacts {

	private final DeliveryPromises promises;

	private final DeliveryTexts texts;

	DelayFacts(DeliveryPromises promises, DeliveryTexts texts) {
		this.promises = promises;
		this.texts = texts;
	}

	Map<String, Object> of(Trigger trigger, Shipment shipment, Locale locale) {
		if (trigger != Trigger.DELAY_PREDICTED) {
			return Map.of();
		}
		ShipmentPromise promise = this.promises.forShipment(shipment.shopId(), shipment.id()).orElse(null);
		if (promise == null) {
			return Map.of();
		}
		Map<String, Object> facts = new HashMap<>();
		facts.put("window", this.texts.window(promise.current().window(), locale));
		String reason = this.texts.reason(promise, locale);
		if (reason != null) {
			facts.put("delayReason", reason);
		}
		return facts;
	}

}
