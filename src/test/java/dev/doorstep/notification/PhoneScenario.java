package dev.doorstep.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.Fixtures;
import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A shopper with a mobile number and parcels going out for delivery, for the SMS and
 * WhatsApp channel tests: orders and events through the API, sending by the dispatcher.
 */
final class PhoneScenario {

	private final ApiClient api;

	private final Dispatcher dispatcher;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final ShopId shop;

	final String phone = "+4917" + (10000000 + ThreadLocalRandom.current().nextInt(89999999));

	PhoneScenario(ApiClient api, Dispatcher dispatcher, Notifications notifications, JdbcClient jdbc, ShopId shop) {
		this.api = api;
		this.dispatcher = dispatcher;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.shop = shop;
	}

	String order(String number) {
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), number);
		order.put("placedAt", Instant.now().toString());
		order.put("customer", Map.of("email", "shopper-" + UUID.randomUUID() + "@example.com", "phone", this.phone,
				"firstName", "Anna", "lastName", "Schmidt"));
		return this.api.post("/api/v1/orders", order).text("/id");
	}

	/**
	 * A new parcel of the order goes out for delivery; its messages on {@code channel}
	 * are made due and dispatched.
	 * @return that parcel's message on the channel
	 */
	Message outForDelivery(String order, Channel channel) {
		Map<String, Object> shipment = Fixtures.shipment("dhl", "PH" + System.nanoTime());
		shipment.put("items", List.of(Map.of("sku", "JKT-1", "quantity", 1)));
		String parcel = this.api.post("/api/v1/orders/" + order + "/shipments", shipment).text("/id");
		this.api.post("/api/v1/shipments/" + parcel + "/events", Fixtures
			.events(List.of(Fixtures.event(Instant.now().minusSeconds(60).toString(), "OUT_FOR_DELIVERY", null))));
		Awaitility.await().until(() -> message(order, parcel, channel) != null);
		// Daytime wherever the test runs: quiet hours are tested elsewhere.
		this.jdbc.sql("""
				UPDATE notification_message SET due_at = now() - interval '1 second', recipient_zone = :zone
				WHERE order_id = :order AND status = 'SCHEDULED'
				""").param("zone", dayZone()).param("order", UUID.fromString(order)).update();
		while (this.dispatcher.dispatchDue() > 0) {
			// until nothing is due
		}
		return message(order, parcel, channel);
	}

	/**
	 * Pretends the message went out through {@code provider} under {@code providerId}.
	 */
	void carriedBy(Message message, String provider, String providerId) {
		this.jdbc.sql("UPDATE notification_message SET provider = :provider, provider_id = :pid WHERE id = :id")
			.param("provider", provider)
			.param("pid", providerId)
			.param("id", message.id())
			.update();
	}

	Message reload(Message message) {
		return this.notifications.message(this.shop, message.id()).orElseThrow();
	}

	private Message message(String order, String parcel, Channel channel) {
		return this.notifications.messages(this.shop, new OrderId(UUID.fromString(order)), channel, 100, 0)
			.stream()
			.filter(m -> m.shipmentId() != null && m.shipmentId().value().toString().equals(parcel))
			.findFirst()
			.orElse(null);
	}

	static String form(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** A zone where it is 10:00–17:59 right now, outside quiet hours. */
	private static String dayZone() {
		for (int offset = -12; offset <= 14; offset++) {
			String id = offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" + offset : "+" + (-offset));
			int hour = java.time.ZonedDateTime.now(java.time.ZoneId.of(id)).getHour();
			if (hour >= 10 && hour < 18) {
				return id;
			}
		}
		throw new IllegalStateException("no zone");
	}

}
