package dev.doorstep.shipment.carrier;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import dev.doorstep.shipment.CarrierCode;

/**
 * Every carrier's pure parser, found without Spring, for the offline command line.
 */
public final class CarrierParsers {

	private final Map<String, CarrierParser> byCode;

	private CarrierParsers(Map<String, CarrierParser> byCode) {
		this.byCode = byCode;
	}

	public static CarrierParsers load() {
		Map<String, CarrierParser> byCode = new TreeMap<>();
		for (CarrierParser parser : ServiceLoader.load(CarrierParser.class)) {
			if (byCode.put(parser.carrier().value(), parser) != null) {
				throw new IllegalStateException("Two parsers for carrier '" + parser.carrier() + "'");
			}
		}
		return new CarrierParsers(byCode);
	}

	/**
	 * The parser for this carrier.
	 * @throws UnknownCarrierException when there is none, with the codes that have one
	 */
	public CarrierParser get(CarrierCode carrier) {
		CarrierParser parser = this.byCode.get(carrier.value());
		if (parser == null) {
			throw new UnknownCarrierException(carrier, codes());
		}
		return parser;
	}

	/** Codes with a parser, alphabetically. */
	public List<String> codes() {
		return List.copyOf(this.byCode.keySet());
	}

}
