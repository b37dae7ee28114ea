package dev.doorstep.order;

import java.util.UUID;

/**
 * Identifies an order inside Doorstep (not the shop's order number).
 */
public record OrderId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
