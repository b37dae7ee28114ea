package dev.doorstep.shipment;

import java.util.List;

/**
 * One page of shipments and the total that matched.
 */
public record ShipmentPage(List<Shipment> shipments, int page, int size, long totalElements) {

	public int totalPages() {
		return (int) ((this.totalElements + this.size - 1) / this.size);
	}

}
