package dev.doorstep.tracking;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopSettings;
import dev.doorstep.shop.Shops;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A branded shop (German by default, New York time) with one order in two parcels, made
 * through the real API: parcel 1 (the jacket, DHL) has two events, parcel 2 (the socks,
 * DPD) none. Plus plain HTTP as a browser sends it.
 * <p>
 * The parcel was labelled yesterday at 10:00 New York time and reached the hub at 22:30
 * the same evening: recent enough on any date that nothing is stale or late, and at fixed
 * local times so the page's local times can be checked.
 */
final class TrackingScenario {

	static final ZoneId ZONE = ZoneId.of("America/New_York");

	static final String EMAIL = "anna.schmidt@example.com";

	static final String POSTCODE = "10115";

	final Shop shop;

	final ApiClient api;

	final String orderNumber;

	final String firstToken;

	final String secondToken;

	final String firstShipmentId;

	final String secondShipmentId;

	final String orderId;

	/** The order's id in the shop, for a test that sends the order again changed. */
	final String externalId = "ext-" + UUID.randomUUID();

	/** When parcel 1 got its label (and was shipped), in the shop's zone. */
	final ZonedDateTime labelledAt;

	/** When parcel 1 arrived at the hub, in the shop's zone. */
	final ZonedDateTime arrivedAt;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	TrackingScenario(int port, TestShops testShops, Shops shops, String logoUrl) {
		TestShops.TestShop created = testShops.create("Nordwind Outfitters");
		this.shop = shops.update(created.shop().id(),
				new ShopSettings("Nordwind Outfitters", new Shop.Brand(logoUrl, "#ffd400", "#0b5fff"), "de",
						List.of("en", "de"), ZONE,
						new Shop.SupportContacts("help@nordwind.example", "+49 30 555 0100", "Mon–Fri 9:00–17:00"),
						"https://nordwind.example"));
		this.api = new ApiClient(port, created.apiKey());
		this.orderNumber = "NW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
		this.labelledAt = ZonedDateTime.of(yesterday, LocalTime.of(10, 0), ZONE);
		this.arrivedAt = ZonedDateTime.of(yesterday, LocalTime.of(22, 30), ZONE);
		Map<String, Object> order = Fixtures.order(this.externalId, this.orderNumber);
		order.put("placedAt", this.labelledAt.minusHours(5).minusMinutes(30).toInstant().toString());
		String orderId = this.api.post("/api/v1/orders", order).text("/id");
		this.orderId = orderId;
		ApiClient.Response first = ship(orderId, "dhl", "JKT-1", 1);
		this.firstToken = token(first);
		ApiClient.Response second = ship(orderId, "dpd", "SOCK-3", 2);
		this.secondToken = token(second);
		this.secondShipmentId = second.text("/id");
		Map<String, Object> arrived = Fixtures.event(this.arrivedAt.toInstant().toString(), "IN_TRANSIT", "e2");
		arrived.put("subStatus", "IN_TRANSIT_ARRIVED_AT_HUB");
		arrived.put("description", "Arrived at the hub");
		List<Map<String, Object>> events = new ArrayList<>();
		events.add(Fixtures.event(this.labelledAt.toInstant().toString(), "INFO_RECEIVED", "e1"));
		events.add(arrived);
		this.firstShipmentId = first.text("/id");
		assertThat(this.api.post("/api/v1/shipments/" + this.firstShipmentId + "/events", Fixtures.events(events))
			.status()).isLessThan(300);
	}

	private ApiClient.Response ship(String orderId, String carrier, String sku, int quantity) {
		Map<String, Object> shipment = Fixtures.shipment(carrier, carrier.toUpperCase() + UUID.randomUUID());
		shipment.put("items", List.of(Map.of("sku", sku, "quantity", quantity)));
		shipment.put("shippedAt", this.labelledAt.toInstant().toString());
		ApiClient.Response created = this.api.post("/api/v1/orders/" + orderId + "/shipments", shipment);
		assertThat(created.status()).isEqualTo(201);
		return created;
	}

	private static String token(ApiClient.Response shipment) {
		String url = shipment.text("/trackingUrl");
		return url.substring(url.lastIndexOf('/') + 1);
	}

	/** Another order of the same shop without parcels; returns its number. */
	String unshippedOrder() {
		String number = "NW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.api.post("/api/v1/orders", Fixtures.order("ext-" + UUID.randomUUID(), number));
		return number;
	}

	String lookupPath() {
		return "/s/" + this.shop.slug() + "/track";
	}

	HttpResponse<byte[]> get(String path, String... headers) {
		return send(request(path, headers).GET().build());
	}

	HttpResponse<byte[]> lookup(String orderNumber, String contact, String... headers) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("orderNumber", orderNumber);
		form.put("contact", contact);
		return post(lookupPath(), form, headers);
	}

	/** A form post as a browser sends it; redirects are not followed. */
	HttpResponse<byte[]> post(String path, Map<String, String> form, String... headers) {
		StringBuilder body = new StringBuilder();
		form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.api.base() + path))
			.timeout(Duration.ofSeconds(30));
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
