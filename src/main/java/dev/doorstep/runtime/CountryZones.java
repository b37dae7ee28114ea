package dev.doorstep.runtime;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A country's main time zone: where a delivery day is counted and where a recipient's
 * quiet hours are. Countries with one zone (most of Europe) are exact; for the others the
 * most populous zone is a fair guess, and a few hours off only matter around midnight.
 */
public final class CountryZones {

	private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("DE", "Europe/Berlin"),
			Map.entry("AT", "Europe/Vienna"), Map.entry("CH", "Europe/Zurich"), Map.entry("LI", "Europe/Vaduz"),
			Map.entry("NL", "Europe/Amsterdam"), Map.entry("BE", "Europe/Brussels"),
			Map.entry("LU", "Europe/Luxembourg"), Map.entry("FR", "Europe/Paris"), Map.entry("MC", "Europe/Monaco"),
			Map.entry("IT", "Europe/Rome"), Map.entry("ES", "Europe/Madrid"), Map.entry("PT", "Europe/Lisbon"),
			Map.entry("GB", "Europe/London"), Map.entry("IE", "Europe/Dublin"), Map.entry("DK", "Europe/Copenhagen"),
			Map.entry("SE", "Europe/Stockholm"), Map.entry("NO", "Europe/Oslo"), Map.entry("FI", "Europe/Helsinki"),
			Map.entry("PL", "Europe/Warsaw"), Map.entry("CZ", "Europe/Prague"), Map.entry("SK", "Europe/Bratislava"),
			Map.entry("HU", "Europe/Budapest"), Map.entry("SI", "Europe/Ljubljana"), Map.entry("HR", "Europe/Zagreb"),
			Map.entry("RO", "Europe/Bucharest"), Map.entry("BG", "Europe/Sofia"), Map.entry("GR", "Europe/Athens"),
			Map.entry("EE", "Europe/Tallinn"), Map.entry("LV", "Europe/Riga"), Map.entry("LT", "Europe/Vilnius"),
			Map.entry("US", "America/New_York"), Map.entry("CA", "America/Toronto"),
			Map.entry("AU", "Australia/Sydney"), Map.entry("JP", "Asia/Tokyo"));

	private CountryZones() {
	}

	/** The country's main zone; UTC for a country not in the table. */
	public static ZoneId of(String country) {
		return find(country).orElse(ZoneOffset.UTC);
	}

	/** The country's main zone, if the table knows the country. */
	public static Optional<ZoneId> find(@Nullable String country) {
		String zone = country == null ? null : ZONES.get(country.toUpperCase(Locale.ROOT));
		return Optional.ofNullable(zone).map(ZoneId::of);
	}

}
