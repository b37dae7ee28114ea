package dev.doorstep.delivery.internal;

import dev.doorstep.shipment.ShipmentCreated;
import dev.doorstep.shipment.ShipmentDelivered;
import dev.doorstep.shipment.ShipmentEstimateChanged;
import dev.doorstep.shipment.ShipmentStalled;
import dev.doorstep.shipment.ShipmentStatusChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every shipment event recomputes the parcel's promise from the shipment's current state,
 * so what an event carries never matters and a repeated, late or reordered event changes
 * nothing an in-order replay would not. Runs after the publisher's commit; the event
 * publication registry retries a failed run.
 */
@Component
class ShipmentListener {

	private final PromiseUpdater updater;

	ShipmentListener(PromiseUpdater updater) {
		this.updater = updater;
	}

	@ApplicationModuleListener
	void on(ShipmentCreated created) {
		this.updater.update(created.shopId(), created.shipmentId());
	}

	@ApplicationModuleListener
	void on(ShipmentStatusChanged changed) {
		this.updater.update(changed.shopId(), changed.shipmentId());
	}

	@ApplicationModuleListener
	void on(ShipmentEstimateChanged changed) {
		this.updater.update(changed.shopId(), changed.shipmentId());
	}

	@ApplicationModuleListener
	void on(ShipmentDelivered delivered) {
		this.updater.update(delivered.shopId(), delivered.shipmentId());
	}

	@ApplicationModuleListener
	void on(ShipmentStalled stalled) {
		this.updater.update(stalled.shopId(), stalled.shipmentId());
	}

}
