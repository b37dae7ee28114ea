package dev.doorstep.shipment;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Where a parcel waits for the shopper, and until when, as the carrier described it.
 * Carriers name a point with more or less detail, so every part may be missing; a point
 * without name and address is no point ({@link #of}).
 *
 * @param name the point's name as the carrier gives it ("Packstation 123", "Kiosk am
 * Markt")
 * @param street the street address line
 * @param type what kind of place, when the carrier says or the sub-status tells
 * @param openingHours the carrier's opening-hours text, as sent (not parsed: carriers
 * write them in their own words and language)
 * @param deadline the last day the parcel can be collected
 * @param deadlineEstimated {@code true} when the carrier gave no deadline and it was
 * derived from the carrier's published holding period
 */
public record PickupPoint(@Nullable String name, @Nullable String street, @Nullable String postcode,
		@Nullable String city, @Nullable String country, @Nullable Type type, @Nullable String openingHours,
		@Nullable LocalDate deadline, boolean deadlineEstimated) {

	/** The kinds of pickup points carriers tell apart. */
	public enum Type {

		LOCKER, PARCEL_SHOP, POST_OFFICE, CARRIER_DEPOT;

		/** The type a pickup sub-status implies, or {@code null}. */
		public static @Nullable Type fromSubStatus(@Nullable String subStatus) {
			if (subStatus == null) {
				return null;
			}
			return switch (subStatus) {
				case "AVAILABLE_FOR_PICKUP_LOCKER" -> LOCKER;
				case "AVAILABLE_FOR_PICKUP_PARCELSHOP" -> PARCEL_SHOP;
				case "AVAILABLE_FOR_PICKUP_POST_OFFICE" -> POST_OFFICE;
				default -> null;
			};
		}

	}

	public PickupPoint {
		name = blankToNull(name);
		street = blankToNull(street);
		postcode = blankToNull(postcode);
		city = blankToNull(city);
		country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
		openingHours = blankToNull(openingHours);
		deadlineEstimated = deadline != null && deadlineEstimated;
	}

	/**
	 * A point, or {@code null} when the carrier said neither a name nor where it is.
	 */
	public static @Nullable PickupPoint of(@Nullable String name, @Nullable String street, @Nullable String postcode,
			@Nullable String city, @Nullable String country, @Nullable Type type, @Nullable String openingHours,
			@Nullable LocalDate deadline) {
		PickupPoint point = new PickupPoint(name, street, postcode, city, country, type, openingHours, deadline, false);
		return point.name() == null && point.street() == null && point.city() == null && point.postcode() == null ? null
				: point;
	}

	/** The same point with a deadline estimated from the carrier's holding period. */
	public PickupPoint withEstimatedDeadline(@Nullable LocalDate estimate) {
		if (this.deadline != null || estimate == null) {
			return this;
		}
		return new PickupPoint(this.name, this.street, this.postcode, this.city, this.country, this.type,
				this.openingHours, estimate, true);
	}

	/** The same point with a type, when it has none yet. */
	public PickupPoint withType(@Nullable Type implied) {
		if (this.type != null || implied == null) {
			return this;
		}
		return new PickupPoint(this.name, this.street, this.postcode, this.city, this.country, implied,
				this.openingHours, this.deadline, this.deadlineEstimated);
	}

	/** Postcode and city in one line, as addresses print them ("10115 Berlin"). */
	public @Nullable String place() {
		String place = Stream.of(this.postcode, this.city)
			.filter(part -> part != null)
			.collect(Collectors.joining(" "));
		return place.isEmpty() ? null : place;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
