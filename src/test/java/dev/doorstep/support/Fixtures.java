package dev.doorstep.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies shaped like a shop would send them.
 */
public final class Fixtures {

	private Fixtures() {
	}

	public static Map<String, Object> order(String externalId, String orderNumber) {
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("externalId", externalId);
		order.put("orderNumber", orderNumber);
		order.put("placedAt", "2026-11-20T09:30:00Z");
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
		shipment.put("shippedAt", "2026-11-20T15:00:00Z");
		shipment.put("origin", Map.of("postcode", "04109", "country", "DE"));
		shipment.put("promisedDeliveryDate", "2026-11-23");
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
