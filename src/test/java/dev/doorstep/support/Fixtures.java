package dev.doorstep.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies shaped like a shop would send them.
 * <p>
 * Times are relative to the real clock, because the application runs on it: a parcel
 * shipped on a fixed date turns late, stale or expired as the calendar moves, and the
 * product then (rightly) behaves differently. An order is placed three hours ago, shipped
 * two hours ago and promised for a week from today in Berlin.
 */
public final class Fixtures {

	/** The zone of the default test shop and of the promised delivery date. */
	public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private Fixtures() {
	}

	/** The instant the given time before now, to the second, as the API prints it. */
	public static Instant ago(Duration duration) {
		return Instant.now().minus(duration).truncatedTo(ChronoUnit.SECONDS);
	}

	/** When {@link #order} was placed: three hours ago. */
	public static Instant placedAt() {
		return ago(Duration.ofHours(3));
	}

	/** When {@link #shipment} was handed to the carrier: two hours ago. */
	public static Instant shippedAt() {
		return ago(Duration.ofHours(2));
	}

	/**
	 * The promised delivery date of {@link #shipment}: a week from today in Berlin.
	 * Closer promises are missed on some dates (shipped on a Saturday for Monday, over
	 * Easter or Christmas), and the product then rightly predicts a delay.
	 */
	public static LocalDate promisedDeliveryDate() {
		return LocalDate.now(BERLIN).plusDays(7);
	}

	public static Map<String, Object> order(String externalId, String orderNumber) {
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("externalId", externalId);
		order.put("orderNumber", orderNumber);
		order.put("placedAt", placedAt().toString());
		order.put("currency", "EUR");
		order.put("locale", "de");
		order.put("customer", Map.of("email", "anna.schmidt@example.com", "phone", "+49 30 1234567", "firstName",
				"Anna", "lastName", "Schmidt"));
		order.put("shippingAddress",
				Map.of("line1", "Invalidenstraße 117", "postcode", "10115", "city", "Berlin", "country", "DE"));
		order.put("items",
				List.of(Map.of("sku", "JKT-1", "name", "Rain jacket", "category", "apparel", "variant", "M", "quantity",
						1, "unitPrice", 129.0),
						Map.of("sku", "SOCK-3", "name", "Wool socks", "category", "apparel", "quantity", 2, "unitPrice",
								12.5)));
		order.put("total", 154.0);
		return order;
	}

	public static Map<String, Object> shipment(String carrier, String trackingNumber) {
		Map<String, Object> shipment = new LinkedHashMap<>();
		shipment.put("carrier", carrier);
		shipment.put("trackingNumber", trackingNumber);
		shipment.put("service", "Paket");
		shipment.put("items", List.of(Map.of("sku", "JKT-1", "quantity", 1), Map.of("sku", "SOCK-3", "quantity", 2)));
		shipment.put("shippedAt", shippedAt().toString());
		shipment.put("origin", Map.of("postcode", "04109", "country", "DE"));
		shipment.put("promisedDeliveryDate", promisedDeliveryDate().toString());
		return shipment;
	}

	public static Map<String, Object> event(String occurredAt, String status, String externalId) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("occurredAt", occurredAt);
		event.put("status", status);
		event.put("description", status + " scan");
		event.put("location", Map.of("city", "Leipzig", "postcode", "04109", "country", "DE"));
		if (externalId != null) {
			event.put("externalId", externalId);
		}
		return event;
	}

	public static Map<String, Object> events(List<Map<String, Object>> events) {
		return Map.of("events", events);
	}

}
