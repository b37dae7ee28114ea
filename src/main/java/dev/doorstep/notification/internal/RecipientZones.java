package dev.doorstep.notification.internal;

import java.time.ZoneId;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The recipient's time zone from the country they receive parcels in. Countries with one
 * zone (most of Europe) are exact; for the others the most populous zone is a fair guess,
 * and the shop's own zone is the fallback.
 */
final class RecipientZones {

	private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("DE", "Europe/Berlin"),
			Map.entry("AT", "Europe/Vienna"), Map.entry("CH", "Europe/Zurich"), Map.entry("NL", "Europe/Amsterdam"),
			Map.entry("BE", "Europe/Brussels"), Map.entry("LU", "Europe/Luxembourg"), Map.entry("FR", "Europe/Paris"),
			Map.entry("IT", "Europe/Rome"), Map.entry("ES", "Europe/Madrid"), Map.entry("PT", "Europe/Lisbon"),
			Map.entry("PL", "Europe/Warsaw"), Map.entry("CZ", "Europe/Prague"), Map.entry("DK", "Europe/Copenhagen"),
			Map.entry("SE", "Europe/Stockholm"), Map.entry("NO", "Europe/Oslo"), Map.entry("FI", "Europe/Helsinki"),
			Map.entry("IE", "Europe/Dublin"), Map.entry("GB", "Europe/London"), Map.entry("GR", "Europe/Athens"),
			Map.entry("HU", "Europe/Budapest"), Map.entry("SK", "Europe/Bratislava"),
			Map.entry("SI", "Europe/Ljubljana"), Map.entry("HR", "Europe/Zagreb"), Map.entry("RO", "Europe/Bucharest"),
			Map.entry("BG", "Europe/Sofia"), Map.entry("EE", "Europe/Tallinn"), Map.entry("LV", "Europe/Riga"),
			Map.entry("LT", "Europe/Vilnius"), Map.entry("US", "America/New_York"), Map.entry("CA", "America/Toronto"),
			Map.entry("AU", "Australia/Sydney"), Map.entry("JP", "Asia/Tokyo"));

	private RecipientZones() {
	}

	static ZoneId of(@Nullable String country, ZoneId shopZone) {
		String zone = country == null ? null : ZONES.get(country.toUpperCase(java.util.Locale.ROOT));
		return zone == null ? shopZone : ZoneId.of(zone);
	}

}
