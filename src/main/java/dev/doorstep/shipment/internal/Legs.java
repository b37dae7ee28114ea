package dev.doorstep.shipment.internal;

import java.time.Instant;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.TrackingLeg;
import dev.doorstep.shipment.carrier.CarrierAdapters;
import dev.doorstep.shop.ShopId;

import org.springframework.stereotype.Component;

/**
 * Adds legs with the right polling state: polled at once when Doorstep has an adapter for
 * the carrier, parked with the reason otherwise.
 */
@Component
public class Legs {

	private final TrackingLegRepository legs;

	private final CarrierAdapters adapters;

	Legs(TrackingLegRepository legs, CarrierAdapters adapters) {
		this.legs = legs;
		this.adapters = adapters;
	}

	/**
	 * @return whether the leg is new
	 */
	public boolean add(ShopId shop, ShipmentId shipment, CarrierCode carrier, String trackingNumber,
			TrackingLeg.Origin origin, Instant now) {
		String parked = carrier.equals(CarrierCode.SIMULATED) ? "simulated"
				: this.adapters.find(carrier).isEmpty() ? "no adapter" : null;
		return this.legs.add(shop, shipment, carrier, trackingNumber, origin, parked == null ? now : null, parked, now);
	}

}
