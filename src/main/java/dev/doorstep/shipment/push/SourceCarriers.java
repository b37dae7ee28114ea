package dev.doorstep.shipment.push;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import org.jspecify.annotations.Nullable;

/**
 * How a push source names carriers (AfterShip slugs, EasyPost carrier names, 17TRACK
 * numeric keys), translated to Doorstep's codes. A name missing here is not an error: the
 * parcel is then matched by tracking number alone and the source's name is kept.
 */
public final class SourceCarriers {

	private final Map<String, CarrierCode> carriers;

	private SourceCarriers(Map<String, CarrierCode> carriers) {
		this.carriers = carriers;
	}

	/**
	 * @param carriers the source's identifier (compared ignoring case and surrounding
	 * blanks) to a known Doorstep carrier code
	 */
	public static SourceCarriers of(Map<String, String> carriers) {
		Map<String, CarrierCode> normalized = new java.util.HashMap<>();
		carriers.forEach((name, code) -> normalized.put(normalize(name), new CarrierCode(code)));
		return new SourceCarriers(Map.copyOf(normalized));
	}

	public @Nullable CarrierCode carrier(@Nullable String sourceName) {
		return (sourceName != null) ? this.carriers.get(normalize(sourceName)) : null;
	}

	/** The identifiers this table knows, normalized, for tests and reports. */
	public Map<String, CarrierCode> known() {
		return this.carriers;
	}

	private static String normalize(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * When the parcel was delivered according to its events: the newest delivered event,
	 * for sources whose summary has no delivery time of its own.
	 */
	public static @Nullable Instant deliveredAt(TrackingStatus status, List<CarrierEvent> events) {
		if (status != TrackingStatus.DELIVERED) {
			return null;
		}
		return events.stream()
			.filter((event) -> event.status() == TrackingStatus.DELIVERED)
			.map(CarrierEvent::occurredAt)
			.max(Instant::compareTo)
			.orElse(null);
	}

}
