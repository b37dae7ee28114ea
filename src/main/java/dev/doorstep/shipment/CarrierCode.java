package dev.doorstep.shipment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A carrier Doorstep knows. Unknown codes are refused at the edge with the list of known
 * ones.
 */
public record CarrierCode(String value) {

	private static final Map<String, String> KNOWN;

	private static final List<String> ORDERED;

	static {
		Map<String, String> known = new LinkedHashMap<>();
		known.put("dhl", "DHL");
		known.put("deutsche-post", "Deutsche Post");
		known.put("dpd", "DPD");
		known.put("gls", "GLS");
		known.put("hermes", "Hermes");
		known.put("ups", "UPS");
		known.put("fedex", "FedEx");
		known.put("usps", "USPS");
		known.put("postnl", "PostNL");
		known.put("royal-mail", "Royal Mail");
		known.put("simulated", "Doorstep Express (simulated)");
		KNOWN = Map.copyOf(known);
		ORDERED = List.copyOf(known.keySet());
	}

	public static final CarrierCode SIMULATED = new CarrierCode("simulated");

	public CarrierCode {
		if (!KNOWN.containsKey(value)) {
			throw new IllegalArgumentException("Unknown carrier code '" + value + "'");
		}
	}

	public static Optional<CarrierCode> parse(String value) {
		String code = value.trim().toLowerCase(java.util.Locale.ROOT);
		return KNOWN.containsKey(code) ? Optional.of(new CarrierCode(code)) : Optional.empty();
	}

	public static List<String> known() {
		return ORDERED;
	}

	/** The code itself in JSON, as everywhere else in the API. */
	@JsonValue
	public String json() {
		return this.value;
	}

	public String displayName() {
		return KNOWN.get(this.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
