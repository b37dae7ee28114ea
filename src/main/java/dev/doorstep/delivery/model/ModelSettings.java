package dev.doorstep.delivery.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the transit model learns and predicts. {@link #defaults()} is what Doorstep ships
 * with; every value is explained in {@code docs/guides/delivery-promise.md}.
 *
 * @param coverage the share of deliveries a window should hold (0.85: the window runs
 * from the 7.5th to the 92.5th percentile, narrowed where that still covers 85 %)
 * @param minSamples deliveries a lane level needs before its history is used
 * @param minSamplesPerWeekday deliveries a lane level needs for one weekday of hand-over
 * before that weekday gets its own distribution
 * @param halfLife how fast old deliveries lose weight: a delivery this much older than
 * the newest counts half ({@link Duration#ZERO}: no decay)
 * @param maxBusinessDays transit times above this are counted as this many (a lost parcel
 * found after months must not stretch every window)
 * @param domesticDefaultDays business days assumed within one country when nothing else
 * is known
 * @param internationalDefaultDays business days assumed across a border when nothing else
 * is known
 * @param deliveryDays days a carrier delivers on, keyed {@code carrier} or
 * {@code carrier:COUNTRY} (the country-specific entry wins)
 * @param defaultDeliveryDays days a carrier not in {@code deliveryDays} delivers on
 */
public record ModelSettings(double coverage, int minSamples, int minSamplesPerWeekday, Duration halfLife,
		int maxBusinessDays, int domesticDefaultDays, int internationalDefaultDays,
		Map<String, Set<DayOfWeek>> deliveryDays, Set<DayOfWeek> defaultDeliveryDays) {

	private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private static final Set<DayOfWeek> MONDAY_TO_SATURDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);

	public ModelSettings {
		if (!(coverage > 0 && coverage < 1)) {
			throw new IllegalArgumentException("coverage must lie between 0 and 1: " + coverage);
		}
		if (minSamples < 1 || minSamplesPerWeekday < 1 || maxBusinessDays < 1 || domesticDefaultDays < 0
				|| internationalDefaultDays < 0) {
			throw new IllegalArgumentException("sample sizes and day counts must be positive");
		}
		if (halfLife.isNegative()) {
			throw new IllegalArgumentException("halfLife must not be negative: " + halfLife);
		}
		if (defaultDeliveryDays.isEmpty() || deliveryDays.values().stream().anyMatch(Set::isEmpty)) {
			throw new IllegalArgumentException("a carrier must deliver on at least one day");
		}
		deliveryDays = Map.copyOf(deliveryDays);
		defaultDeliveryDays = Set.copyOf(defaultDeliveryDays);
	}

	/**
	 * 85 % windows, 30 deliveries per lane level (60 per weekday), a half-life of 90
	 * days, Saturday delivery for the German parcel carriers that deliver on Saturdays.
	 */
	public static ModelSettings defaults() {
		return new ModelSettings(0.85, 30, 60, Duration.ofDays(90), 30, 2, 4,
				Map.of("dhl", MONDAY_TO_SATURDAY, "deutsche-post", MONDAY_TO_SATURDAY, "hermes", MONDAY_TO_SATURDAY,
						"dpd:DE", MONDAY_TO_SATURDAY, "gls:DE", MONDAY_TO_SATURDAY, "postnl:NL", MONDAY_TO_SATURDAY,
						"royal-mail", MONDAY_TO_SATURDAY, "usps", MONDAY_TO_SATURDAY),
				MONDAY_TO_FRIDAY);
	}

	public ModelSettings withCoverage(double coverage) {
		return new ModelSettings(coverage, this.minSamples, this.minSamplesPerWeekday, this.halfLife,
				this.maxBusinessDays, this.domesticDefaultDays, this.internationalDefaultDays, this.deliveryDays,
				this.defaultDeliveryDays);
	}

	public ModelSettings withMinSamples(int minSamples, int minSamplesPerWeekday) {
		return new ModelSettings(this.coverage, minSamples, minSamplesPerWeekday, this.halfLife, this.maxBusinessDays,
				this.domesticDefaultDays, this.internationalDefaultDays, this.deliveryDays, this.defaultDeliveryDays);
	}

	public ModelSettings withHalfLife(Duration halfLife) {
		return new ModelSettings(this.coverage, this.minSamples, this.minSamplesPerWeekday, halfLife,
				this.maxBusinessDays, this.domesticDefaultDays, this.internationalDefaultDays, this.deliveryDays,
				this.defaultDeliveryDays);
	}

	/** The days {@code carrier} delivers on in {@code country}. */
	public Set<DayOfWeek> deliveryDays(String carrier, String country) {
		String key = carrier.toLowerCase(Locale.ROOT);
		Set<DayOfWeek> days = this.deliveryDays.get(key + ":" + country.toUpperCase(Locale.ROOT));
		if (days == null) {
			days = this.deliveryDays.get(key);
		}
		return days != null ? days : this.defaultDeliveryDays;
	}

}
