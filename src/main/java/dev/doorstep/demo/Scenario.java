package dev.doorstep.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.doorstep.shipment.TrackingStatus;

/**
 * How a simulated parcel travels, as a list of steps. Every scenario shares the way to
 * the destination depot; customs steps are added for destinations outside the EU.
 */
enum Scenario {

	/** Handed to the recipient. */
	HOME,
	/** Nobody home, a neighbour took it. */
	NEIGHBOUR,
	/** Nobody home, delivered on the next day's round. */
	FAILED_ATTEMPT,
	/** Nobody home, taken to a parcel shop and collected there. */
	PICKUP,
	/** Address unknown, sent back to the shop. */
	EXCEPTION,
	/**
	 * Never seen again after the sorting hub: the carrier declares it lost, and the
	 * demo's shopper files a claim.
	 */
	LOST,
	/**
	 * Delivered with the box crushed: the demo's shopper files a damage claim with a
	 * photo.
	 */
	DAMAGED;

	/** Where a step happens. */
	enum Place {

		ORIGIN, HUB, DESTINATION, PARCEL_SHOP

	}

	/**
	 * One event of the scenario, {@code after} simulated time after the previous one.
	 */
	record Step(Duration after, TrackingStatus status, String subStatus, Place place, String english, String german) {

		String description(boolean inGerman) {
			return inGerman ? this.german : this.english;
		}

	}

	private static Step step(long minutes, TrackingStatus status, String subStatus, Place place, String english,
			String german) {
		return new Step(Duration.ofMinutes(minutes), status, subStatus, place, english, german);
	}

	List<Step> steps(boolean customs) {
		List<Step> steps = new ArrayList<>();
		steps.add(step(0, TrackingStatus.INFO_RECEIVED, "INFO_RECEIVED_LABEL_CREATED", Place.ORIGIN,
				"Shipment information received electronically",
				"Die Auftragsdaten zu dieser Sendung wurden übermittelt"));
		steps.add(step(180, TrackingStatus.IN_TRANSIT, "IN_TRANSIT_PICKED_UP", Place.ORIGIN,
				"The parcel was picked up from the sender", "Die Sendung wurde beim Absender abgeholt"));
		steps.add(step(240, TrackingStatus.IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB", Place.HUB,
				"Arrived at the sorting hub", "Die Sendung ist im Paketzentrum eingetroffen"));
		steps.add(step(120, TrackingStatus.IN_TRANSIT, "IN_TRANSIT_DEPARTED_HUB", Place.HUB, "Departed the sorting hub",
				"Die Sendung hat das Paketzentrum verlassen"));
		if (customs) {
			steps.add(step(360, TrackingStatus.IN_TRANSIT, "IN_TRANSIT_CUSTOMS_STARTED", Place.DESTINATION,
					"Presented to customs for import clearance", "Die Sendung wurde dem Zoll zur Einfuhr vorgelegt"));
			steps.add(step(240, TrackingStatus.IN_TRANSIT, "IN_TRANSIT_CUSTOMS_CLEARED", Place.DESTINATION,
					"Import customs clearance complete", "Die Einfuhrverzollung ist abgeschlossen"));
		}
		if (this == LOST) {
			steps.add(step(1440, TrackingStatus.EXCEPTION, "EXCEPTION_LOST", Place.HUB,
					"The parcel could not be found and is considered lost",
					"Die Sendung ist nicht auffindbar und gilt als verloren"));
			return steps;
		}
		steps.add(step(480, TrackingStatus.IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB", Place.DESTINATION,
				"Arrived at the delivery depot", "Die Sendung ist im Zustellstützpunkt eingetroffen"));
		if (this == EXCEPTION) {
			steps.add(step(240, TrackingStatus.EXCEPTION, "EXCEPTION_ADDRESS_UNKNOWN", Place.DESTINATION,
					"The address could not be found; the parcel is being held",
					"Die Anschrift des Empfängers ist nicht auffindbar; die Sendung wird zurückgehalten"));
			steps.add(step(600, TrackingStatus.EXCEPTION, "EXCEPTION_RETURNING_TO_SENDER", Place.DESTINATION,
					"The parcel is being returned to the sender", "Die Sendung wird an den Absender zurückgeschickt"));
			steps.add(step(1440, TrackingStatus.EXCEPTION, "EXCEPTION_RETURNED_TO_SENDER", Place.ORIGIN,
					"The parcel was returned to the sender", "Die Sendung wurde an den Absender zurückgegeben"));
			return steps;
		}
		steps.add(outForDelivery(240));
		switch (this) {
			case HOME -> steps.add(step(180, TrackingStatus.DELIVERED, "DELIVERED_RECIPIENT", Place.DESTINATION,
					"Delivered to the recipient", "Die Sendung wurde dem Empfänger zugestellt"));
			case DAMAGED -> steps.add(step(180, TrackingStatus.DELIVERED, "DELIVERED_RECIPIENT", Place.DESTINATION,
					"Delivered to the recipient; the driver noted a damaged box",
					"Die Sendung wurde zugestellt; der Fahrer hat einen beschädigten Karton vermerkt"));
			case NEIGHBOUR -> steps.add(step(180, TrackingStatus.DELIVERED, "DELIVERED_NEIGHBOR", Place.DESTINATION,
					"Delivered to a neighbour", "Die Sendung wurde an einen Nachbarn zugestellt"));
			case FAILED_ATTEMPT -> {
				steps.add(notHome());
				steps.add(outForDelivery(1080));
				steps.add(step(200, TrackingStatus.DELIVERED, "DELIVERED_RECIPIENT", Place.DESTINATION,
						"Delivered to the recipient on the second attempt",
						"Die Sendung wurde beim zweiten Zustellversuch zugestellt"));
			}
			case PICKUP -> {
				steps.add(notHome());
				steps.add(step(120, TrackingStatus.AVAILABLE_FOR_PICKUP, "AVAILABLE_FOR_PICKUP_PARCELSHOP",
						Place.PARCEL_SHOP, "Ready for collection at a parcel shop",
						"Die Sendung liegt in einer Filiale zur Abholung bereit"));
				steps.add(step(600, TrackingStatus.DELIVERED, "DELIVERED_PICKED_UP", Place.PARCEL_SHOP,
						"Collected by the recipient", "Die Sendung wurde vom Empfänger abgeholt"));
			}
			default -> throw new IllegalStateException(name());
		}
		return steps;
	}

	private static Step outForDelivery(long minutes) {
		return step(minutes, TrackingStatus.OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE", Place.DESTINATION,
				"Out for delivery", "Die Sendung wurde in das Zustellfahrzeug geladen");
	}

	private static Step notHome() {
		return step(180, TrackingStatus.ATTEMPT_FAIL, "ATTEMPT_FAIL_RECIPIENT_ABSENT", Place.DESTINATION,
				"The recipient was not at home; we will try again",
				"Der Empfänger wurde nicht angetroffen; ein neuer Zustellversuch folgt");
	}

	/**
	 * The scenario an API user asks for by naming it in the tracking number (for example
	 * {@code TEST-PICKUP-1}), else one picked from the number so it stays the same.
	 */
	static Scenario forTrackingNumber(String trackingNumber) {
		String upper = trackingNumber.toUpperCase(Locale.ROOT);
		for (Scenario scenario : values()) {
			if (upper.contains(scenario.name())) {
				return scenario;
			}
		}
		return pick(trackingNumber.hashCode());
	}

	/**
	 * Mostly uneventful deliveries, like real traffic; one in twenty lost and one in
	 * twenty damaged, far more than real carriers, so the demo's claims have something to
	 * show.
	 */
	static Scenario pick(int seed) {
		int bucket = Math.floorMod(seed, 20);
		if (bucket < 8) {
			return HOME;
		}
		if (bucket < 9) {
			return LOST;
		}
		if (bucket < 10) {
			return DAMAGED;
		}
		if (bucket < 13) {
			return NEIGHBOUR;
		}
		if (bucket < 16) {
			return FAILED_ATTEMPT;
		}
		if (bucket < 18) {
			return PICKUP;
		}
		return EXCEPTION;
	}

	/** Destinations outside the EU customs union get customs steps. */
	static boolean needsCustoms(@Nullable String country) {
		return country != null && List.of("GB", "US", "CH", "NO").contains(country.toUpperCase(Locale.ROOT));
	}

}
