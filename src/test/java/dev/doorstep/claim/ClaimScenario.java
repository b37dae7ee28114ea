package dev.doorstep.claim;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.TrackingUpdate;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;

/**
 * A shop with one order (rain jacket 129.00, two pairs of socks at 12.50) in one DHL
 * parcel, whose carrier news the test sets: delivered, lost, or quiet for days.
 */
public final class ClaimScenario {

	public final TestShops.TestShop shop;

	public final ApiClient api;

	public final OrderId orderId;

	public final ShipmentId shipmentId;

	public final String orderNumber;

	private final Shipments shipments;

	public ClaimScenario(int port, TestShops shops, Shipments shipments, String name) {
		this(port, shops, shipments, name, Map.of());
	}

	public ClaimScenario(int port, TestShops shops, Shipments shipments, String name, Map<String, Object> orderExtras) {
		this.shipments = shipments;
		this.shop = shops.create(name);
		this.api = new ApiClient(port, this.shop.apiKey());
		this.orderNumber = "C-" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), this.orderNumber);
		order.putAll(orderExtras);
		this.orderId = new OrderId(UUID.fromString(this.api.post("/api/v1/orders", order).text("/id")));
		this.shipmentId = new ShipmentId(
				UUID.fromString(this.api
					.post("/api/v1/orders/" + this.orderId + "/shipments",
							Fixtures.shipment("dhl", "00340434" + (100000 + (int) (Math.random() * 899999))))
					.text("/id")));
	}

	public ShopId shopId() {
		return this.shop.shop().id();
	}

	public Shipment shipment() {
		return this.shipments.get(shopId(), this.shipmentId);
	}

	public String token() {
		return shipment().publicToken();
	}

	private static TrackingEvent.Location leipzig() {
		return new TrackingEvent.Location("Leipzig", "04109", "DE");
	}

	/** Picked up, then delivered to a neighbour {@code ago} before now. */
	public ClaimScenario delivered(Duration ago) {
		Instant at = Instant.now().minus(ago);
		record(List.of(
				new TrackingUpdate(at.minus(Duration.ofDays(1)), TrackingStatus.IN_TRANSIT, null, null,
						"Parcel picked up at the sender", leipzig(), "c-1"),
				new TrackingUpdate(at, TrackingStatus.DELIVERED, "DELIVERED_NEIGHBOR", null,
						"Delivered to neighbour Müller, Invalidenstraße 115",
						new TrackingEvent.Location("Berlin", "10115", "DE"), "c-2")));
		return this;
	}

	/** In transit, last scan {@code ago} before now. */
	public ClaimScenario quietFor(Duration ago) {
		record(List.of(new TrackingUpdate(Instant.now().minus(ago), TrackingStatus.IN_TRANSIT, null, null,
				"Arrived at the parcel centre", leipzig(), "c-1")));
		return this;
	}

	/** The carrier reports the parcel lost. */
	public ClaimScenario carrierLost() {
		Instant now = Instant.now();
		record(List.of(
				new TrackingUpdate(now.minus(Duration.ofDays(2)), TrackingStatus.IN_TRANSIT, null, null,
						"Arrived at the parcel centre", leipzig(), "c-1"),
				new TrackingUpdate(now.minus(Duration.ofHours(1)), TrackingStatus.EXCEPTION, "EXCEPTION_LOST", null,
						"The shipment could not be located", leipzig(), "c-3")));
		return this;
	}

	private void record(List<TrackingUpdate> updates) {
		this.shipments.record(shopId(), this.shipmentId, new ArrayList<>(updates));
	}

	/**
	 * A real image of the given format ("png" or "jpeg"), small enough for every test.
	 */
	public static byte[] photo(String format, Color color) {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, 320, 240);
		g.setColor(Color.DARK_GRAY);
		g.drawLine(20, 20, 300, 220);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
