package dev.doorstep.notification.channel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Journey;
import dev.doorstep.notification.JourneyStep;
import dev.doorstep.notification.Journeys;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A shop with an order and a parcel, for channel tests: move the parcel, send what is due
 * in daylight (quiet hours are tested elsewhere), read the order's messages.
 */
public final class ChannelScenario {

	public final TestShops.TestShop shop;

	public final ApiClient api;

	public final String order;

	public final String parcel;

	/** The parcel's public tracking token. */
	public final String token;

	private final Dispatcher dispatcher;

	private final Notifications notifications;

	private final Journeys journeys;

	private final JdbcClient jdbc;

	public ChannelScenario(int port, TestShops shops, String shopName, Dispatcher dispatcher,
			Notifications notifications, Journeys journeys, JdbcClient jdbc) {
		this.shop = shops.create(shopName);
		this.api = new ApiClient(port, this.shop.apiKey());
		this.dispatcher = dispatcher;
		this.notifications = notifications;
		this.journeys = journeys;
		this.jdbc = jdbc;
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), "C-" + System.nanoTime() % 100000);
		order.put("placedAt", Instant.now().toString());
		this.order = this.api.post("/api/v1/orders", order).text("/id");
		ApiClient.Response parcel = this.api.post("/api/v1/orders/" + this.order + "/shipments",
				Fixtures.shipment("dhl", "CH" + System.nanoTime()));
		this.parcel = parcel.text("/id");
		String url = parcel.text("/trackingUrl");
		this.token = url.substring(url.lastIndexOf("/t/") + 3);
	}

	public ShopId shopId() {
		return this.shop.shop().id();
	}

	public OrderId orderId() {
		return new OrderId(UUID.fromString(this.order));
	}

	/** Adds a send step on {@code channel} to the shop's journey for {@code trigger}. */
	public void sendAlsoOn(Trigger trigger, Channel channel) {
		Journey journey = this.journeys.list(shopId())
			.stream()
			.filter(candidate -> candidate.trigger() == trigger)
			.findFirst()
			.orElseThrow();
		List<JourneyStep> steps = new ArrayList<>(journey.steps());
		steps.add(JourneyStep.Send.of(channel));
		this.journeys.replaceSteps(shopId(), journey.id(), steps);
	}

	public void status(String status) {
		this.api.post("/api/v1/shipments/" + this.parcel + "/events",
				Fixtures.events(List.of(Fixtures.event(Instant.now().minusSeconds(60).toString(), status, null))));
	}

	public Message awaitMessage(Channel channel, Trigger trigger) {
		Awaitility.await().until(() -> find(channel, trigger) != null);
		return find(channel, trigger);
	}

	public Message find(Channel channel, Trigger trigger) {
		return messages().stream()
			.filter(m -> m.channel() == channel && m.trigger() == trigger)
			.findFirst()
			.orElse(null);
	}

	public Message reload(Message message) {
		return this.notifications.message(shopId(), message.id()).orElseThrow();
	}

	public List<Message> messages() {
		return this.notifications.messages(shopId(), orderId(), null, 100, 0);
	}

	/** Makes the order's scheduled messages due now, in a zone where it is day. */
	public void sendDue() {
		this.jdbc.sql("""
				UPDATE notification_message SET due_at = now() - interval '1 second', recipient_zone = :zone
				WHERE order_id = :order AND status = 'SCHEDULED'
				""").param("zone", dayZone()).param("order", UUID.fromString(this.order)).update();
		while (this.dispatcher.dispatchDue() > 0) {
			// until nothing is due
		}
	}

	/** A request with a JSON body and no API key, as a browser on the tracking page. */
	public HttpResponse<String> json(String method, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.api.base() + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String dayZone() {
		for (int offset = -12; offset <= 14; offset++) {
			String id = offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" + offset : "+" + (-offset));
			int hour = ZonedDateTime.now(ZoneId.of(id)).getHour();
			if (hour >= 10 && hour < 18) {
				return id;
			}
		}
		throw new IllegalStateException("no zone");
	}

}
