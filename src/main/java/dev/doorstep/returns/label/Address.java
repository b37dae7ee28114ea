package dev.doorstep.returns.label;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A postal address as printed on a label.
 *
 * @param name person or company
 * @param street street and house number as the shopper wrote it ("Königstraße 12")
 * @param line2 an optional second line (c/o, floor, company)
 * @param postcode postal code
 * @param city city or town
 * @param country ISO 3166-1 alpha-2 code ("DE"), printed as the country's name in the
 * label's language
 */
public record Address(String name, String street, @Nullable String line2, String postcode, String city,
		String country) {

	public Address {
		name = required(name, "name");
		street = required(street, "street");
		line2 = line2 == null || line2.isBlank() ? null : line2.strip();
		postcode = required(postcode, "postcode");
		city = required(city, "city");
		country = required(country, "country").toUpperCase(Locale.ROOT);
		if (!country.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code");
		}
	}

	/** An address without a second line. */
	public Address(String name, String street, String postcode, String city, String country) {
		this(name, street, null, postcode, city, country);
	}

	private static String required(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is required");
		}
		return value.strip();
	}

	@Override
	public String toString() {
		// Addresses are personal data: never in a log line, not even by accident.
		return "Address[country=" + this.country + "]";
	}

}
