package dev.doorstep.shipment.carrier;

import java.util.List;

import dev.doorstep.shipment.CarrierCode;

/**
 * A carrier code Doorstep knows but has no adapter for. Thrown early (at lookup), so a
 * missing adapter never looks like a tracking failure.
 */
public class UnknownCarrierException extends RuntimeException {

	private final CarrierCode carrier;

	private final List<String> available;

	public UnknownCarrierException(CarrierCode carrier, List<String> available) {
		super("No adapter for carrier '" + carrier + "'; adapters exist for: " + String.join(", ", available));
		this.carrier = carrier;
		this.available = List.copyOf(available);
	}

	public CarrierCode carrier() {
		return this.carrier;
	}

	public List<String> available() {
		return this.available;
	}

}
