package dev.doorstep.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Journeys;
import dev.doorstep.notification.Topic;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.TrackingUpdate;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.awaitility.Awaitility;

/**
 * A shop with one order whose items have the categories a test names, shipped in one
 * parcel (or several), delivered when the test says so; the shop's review request for it
 * as the scheduler left it.
 */
public final class FeedbackScenario {

	static final String EMAIL = "anna.schmidt@example.com";

	public final TestShops.TestShop shop;

	public final ApiClient api;

	public final OrderId orderId;

	public final List<ShipmentId> parcels = new ArrayList<>();

	public final List<String> skus = new ArrayList<>();

	private final Shipments shipments;

	private final ReviewRequests requests;

	/**
	 * @param categories one item per category (SKU {@code ITEM-<n>}); a null category is
	 * an item without one
	 * @param parcels how many parcels share the items (item n goes into parcel n %
	 * parcels)
	 */
	public FeedbackScenario(int port, TestShops shops, Shipments shipments, ReviewRequests requests,
			List<String> categories, int parcels) {
		this(port, shops.create("Feedback shop"), shipments, requests, categories, parcels);
	}

	/** Another order of the same shop (and the same shopper). */
	public FeedbackScenario another(int port, List<String> categories) {
		return new FeedbackScenario(port, this.shop, this.shipments, this.requests, categories, 1);
	}

	private FeedbackScenario(int port, TestShops.TestShop shop, Shipments shipments, ReviewRequests requests,
			List<String> categories, int parcels) {
		this.shipments = shipments;
		this.requests = requests;
		this.shop = shop;
		this.api = new ApiClient(port, this.shop.apiKey());
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(),
				"F-" + UUID.randomUUID().toString().substring(0, 6));
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < categories.size(); i++) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("sku", "ITEM-" + i);
			item.put("name", "Item " + i);
			if (categories.get(i) != null) {
				item.put("category", categories.get(i));
			}
			item.put("quantity", 1);
			item.put("unitPrice", 10.0);
			items.add(item);
			this.skus.add("ITEM-" + i);
		}
		order.put("items", items);
		order.put("total", 10.0 * categories.size());
		this.orderId = new OrderId(UUID.fromString(this.api.post("/api/v1/orders", order).text("/id")));
		for (int p = 0; p < parcels; p++) {
			Map<String, Object> shipment = Fixtures.shipment("dhl",
					"00340434" + (100000 + (int) (Math.random() * 899999)));
			List<Map<String, Object>> contents = new ArrayList<>();
			for (int i = p; i < categories.size(); i += parcels) {
				contents.add(Map.of("sku", "ITEM-" + i, "quantity", 1));
			}
			shipment.put("items", contents);
			this.parcels.add(new ShipmentId(UUID
				.fromString(this.api.post("/api/v1/orders/" + this.orderId + "/shipments", shipment).text("/id"))));
		}
	}

	public ShopId shopId() {
		return this.shop.shop().id();
	}

	/** Every parcel delivered {@code ago} before now; waits for the request. */
	public FeedbackScenario delivered(Duration ago) {
		for (ShipmentId parcel : this.parcels) {
			deliver(parcel, Instant.now().minus(ago));
		}
		Awaitility.await().until(() -> !this.requests.forOrder(shopId(), this.orderId).isEmpty());
		return this;
	}

	public void deliver(ShipmentId parcel, Instant at) {
		TrackingEvent.Location berlin = new TrackingEvent.Location("Berlin", "10115", "DE");
		this.shipments.record(shopId(), parcel, new ArrayList<>(List.of(
				new TrackingUpdate(at.minus(Duration.ofDays(1)), TrackingStatus.IN_TRANSIT, null, null,
						"Parcel picked up", berlin, "f-1-" + parcel),
				new TrackingUpdate(at, TrackingStatus.DELIVERED, null, null, "Delivered", berlin, "f-2-" + parcel))));
	}

	public ReviewRequest request() {
		List<ReviewRequest> found = this.requests.forOrder(shopId(), this.orderId);
		if (found.size() != 1) {
			throw new AssertionError("expected one review request, found " + found);
		}
		return found.getFirst();
	}

	/** The shop's REVIEW_REQUEST journey switched on (it is off by default). */
	public FeedbackScenario enableReviews(Journeys journeys) {
		journeys.list(shopId())
			.stream()
			.filter(journey -> journey.trigger() == Trigger.REVIEW_REQUEST)
			.forEach(journey -> journeys.setEnabled(shopId(), journey.id(), true));
		return this;
	}

	public FeedbackScenario consent(Consents consents) {
		consents.grant(shopId(), EMAIL, Channel.EMAIL, Topic.MARKETING, "checkout", "order");
		return this;
	}

	/** Enabled, consented and sent: the review page's token. */
	public String sent(Journeys journeys, Consents consents) {
		enableReviews(journeys).consent(consents).delivered(Duration.ofHours(2));
		this.requests.sendDue(shopId(), request().dueAt());
		ReviewRequest sent = request();
		if (sent.status() != ReviewRequestStatus.SENT) {
			throw new AssertionError("not sent: " + sent);
		}
		return sent.token();
	}

}
