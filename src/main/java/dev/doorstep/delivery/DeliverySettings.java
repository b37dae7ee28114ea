package dev.doorstep.delivery;

import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A shop's delivery promise settings.
 *
 * @param delayThreshold the chance of missing the promised day (0–1) above which a delay
 * is announced
 * @param cutOff the warehouse's daily cut-off in the shop's time zone: orders after it
 * leave the next working day ({@code null}: none)
 * @param originCountry where parcels leave from when a shipment does not say (ISO 3166-1
 * alpha-2)
 * @param originPostcode the warehouse's postcode, when a shipment does not say
 * @param coverage the share of deliveries a window should cover (0.5–0.99)
 * @param defaultDays transit business days per carrier and destination country, used
 * before any history or carrier estimate exists
 */
public record DeliverySettings(double delayThreshold, @Nullable LocalTime cutOff, @Nullable String originCountry,
		@Nullable String originPostcode, double coverage, List<DefaultDays> defaultDays) {

	public static final double DEFAULT_DELAY_THRESHOLD = 0.5;

	public static final double DEFAULT_COVERAGE = 0.85;

	public DeliverySettings {
		defaultDays = List.copyOf(defaultDays);
	}

	/** What a shop that never saved its settings gets. */
	public static DeliverySettings defaults() {
		return new DeliverySettings(DEFAULT_DELAY_THRESHOLD, null, null, null, DEFAULT_COVERAGE, List.of());
	}

	/** The shop's transit time for one carrier and destination country, if it set one. */
	public @Nullable Integer defaultDays(String carrier, String destinationCountry) {
		return this.defaultDays.stream()
			.filter(days -> days.carrier().equals(carrier) && days.destinationCountry().equals(destinationCountry))
			.map(DefaultDays::businessDays)
			.findFirst()
			.orElse(null);
	}

	/** Transit business days for one carrier (code) and destination country. */
	public record DefaultDays(String carrier, String destinationCountry, int businessDays) {
	}

}
