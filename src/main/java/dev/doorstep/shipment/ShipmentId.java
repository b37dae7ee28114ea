package dev.doorstep.shipment;

import java.util.UUID;

/**
 * Identifies a shipment (one parcel).
 */
public record ShipmentId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
