package dev.doorstep.shipment.carrier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.doorstep.shipment.CarrierCode;

import org.springframework.stereotype.Component;

/**
 * All carrier adapters by code. Spring injects every {@link CarrierAdapter} bean, so a
 * new carrier is one new sub-package and nothing to register here.
 */
@Component
public class CarrierAdapters {

	private final Map<CarrierCode, CarrierAdapter> byCode;

	public CarrierAdapters(List<CarrierAdapter> adapters) {
		Map<String, CarrierAdapter> sorted = new TreeMap<>();
		for (CarrierAdapter adapter : adapters) {
			CarrierAdapter previous = sorted.put(adapter.carrier().value(), adapter);
			if (previous != null) {
				throw new IllegalStateException("Two adapters for carrier '" + adapter.carrier() + "'");
			}
		}
		Map<CarrierCode, CarrierAdapter> byCode = new LinkedHashMap<>();
		sorted.values().forEach(adapter -> byCode.put(adapter.carrier(), adapter));
		this.byCode = Collections.unmodifiableMap(byCode);
	}

	/**
	 * The adapter for this carrier.
	 * @throws UnknownCarrierException when there is none, with the codes that have one
	 */
	public CarrierAdapter get(CarrierCode carrier) {
		CarrierAdapter adapter = this.byCode.get(carrier);
		if (adapter == null) {
			throw new UnknownCarrierException(carrier, codes());
		}
		return adapter;
	}

	public Optional<CarrierAdapter> find(CarrierCode carrier) {
		return Optional.ofNullable(this.byCode.get(carrier));
	}

	/** Codes with an adapter, alphabetically. */
	public List<String> codes() {
		return this.byCode.keySet().stream().map(CarrierCode::value).toList();
	}

}
