package dev.doorstep.shipment.polling;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.CarrierFeed;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.CarrierApiStub;
import dev.doorstep.support.DevSmtp;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parcel waiting at a pickup point, end to end: the UPS Track API (its documented
 * {@code accessPointInformation} and {@code packageAddress} shape) served by WireMock,
 * the poller, the shipment in PostgreSQL and the API, the pickup email through real SMTP,
 * and the tracking page. Also: pickup news arriving out of order ends as in order.
 */
@DoorstepIntegrationTest
class PickupPointIntegrationTests {

	private static final DateTimeFormatter UPS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

	private static final DateTimeFormatter UPS_TIME = DateTimeFormatter.ofPattern("HHmmss", Locale.ROOT);

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	CarrierPoller poller;

	@Autowired
	CarrierFeed feed;

	@Autowired
	Shipments shipments;

	@Autowired
	Notifications notifications;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	TestShops.TestShop shop;

	ApiClient api;

	@BeforeEach
	void shop() {
		this.shop = this.shops.create("Pickup");
		this.api = new ApiClient(this.port, this.shop.apiKey());
	}

	@AfterEach
	void nothingElseIsDue() {
		this.poller.resetLimits();
		this.jdbc.sql("UPDATE tracking_leg SET next_poll_at = NULL WHERE next_poll_at <= now()").update();
	}

	@Test
	void aParcelAtAnAccessPointIsNamedInTheApiTheEmailAndOnTheTrackingPage() throws Exception {
		String email = "pickup-" + UUID.randomUUID() + "@example.com";
		String number = "1Z" + String.format("%016d", (long) (Math.random() * 1e16));
		String order = order(email);
		ApiClient.Response created = this.api.post("/api/v1/orders/" + order + "/shipments",
				Fixtures.shipment("ups", number));
		assertThat(created.status()).isEqualTo(201);
		String id = created.text("/id");
		String clientId = "ups-client-" + UUID.randomUUID();
		assertThat(this.api.put("/api/v1/carrier-accounts/ups", Map.of("apiKey", clientId, "apiSecret", "ups-secret"))
			.status()).isEqualTo(200);
		LocalDate deadline = LocalDate.now(ZoneOffset.UTC).plusDays(6);
		stubUps(number, deadline);

		while (this.poller.pollDue() > 0) {
			// drain
		}

		// The API: where and until when, as UPS said.
		ApiClient.Response shipment = this.api.get("/api/v1/shipments/" + id);
		assertThat(shipment.text("/status")).isEqualTo("AVAILABLE_FOR_PICKUP");
		assertThat(shipment.text("/pickupPoint/name")).isEqualTo("Kiosk am Markt");
		assertThat(shipment.text("/pickupPoint/street")).isEqualTo("Marktstraße 5");
		assertThat(shipment.text("/pickupPoint/city")).isEqualTo("Leipzig");
		assertThat(shipment.text("/pickupPoint/type")).isEqualTo("PARCEL_SHOP");
		assertThat(shipment.text("/pickupPoint/deadline")).isEqualTo(deadline.toString());
		assertThat(shipment.json().at("/pickupPoint/deadlineEstimated").asBoolean()).isFalse();

		// The pickup email names the point and the deadline (the shop writes German).
		String germanDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(Locale.GERMAN)
			.format(deadline);
		Message pickupEmail = Awaitility.await().until(() -> pickupEmail(order), message -> message != null);
		this.jdbc.sql("UPDATE notification_message SET due_at = now() - interval '1 second' WHERE id = :id")
			.param("id", pickupEmail.id())
			.update();
		while (this.dispatcher.dispatchDue() > 0) {
			// send what is due
		}
		// The fixture's parcel left three days ago without a scan, so a delay warning may
		// be on its way too: the pickup email is the one to read.
		MimeMessage mail = Awaitility.await()
			.until(() -> mailTo(email, "Ihr Paket liegt zur Abholung bereit"), message -> message != null);
		assertThat(mail.getHeader("Message-ID")[0]).contains(pickupEmail.id().toString());
		Message sent = this.notifications.message(this.shop.shop().id(), pickupEmail.id()).orElseThrow();
		assertThat(sent.bodyText()).contains("Kiosk am Markt, Marktstraße 5, 04109 Leipzig")
			.contains("bis zum " + germanDate + " ab")
			.doesNotContain("Lagerfrist");
		assertThat(sent.bodyHtml()).contains("Kiosk am Markt");

		// The tracking page shows it while the parcel waits there.
		String token = shipment.text("/trackingUrl").substring(shipment.text("/trackingUrl").lastIndexOf('/') + 1);
		String page = page("/t/" + token + "?lang=de");
		assertThat(page).contains("Hier holen Sie Ihr Paket ab")
			.contains("Kiosk am Markt")
			.contains("Marktstraße 5")
			.contains("04109 Leipzig")
			.contains("Abholen bis")
			.contains("datetime=\"" + deadline + "\"")
			.contains(germanDate)
			.contains("Paketshop");
		assertThat(page("/t/" + token + "?lang=en")).contains("Where to collect your parcel").contains("Collect by");
	}

	@Test
	void pickupNewsArrivingOutOfOrderEndsAsInOrder() {
		Instant earlier = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		Instant later = earlier.plus(1, ChronoUnit.HOURS);
		PickupPoint first = PickupPoint.of("Packstation 101", "Invalidenstraße 10", "10115", "Berlin", "DE",
				PickupPoint.Type.LOCKER, null, LocalDate.of(2026, 12, 1));
		PickupPoint moved = PickupPoint.of("Postfiliale 502", "Grimmaische Straße 2", "04109", "Leipzig", "DE",
				PickupPoint.Type.POST_OFFICE, "Mo–Fr 9–18", LocalDate.of(2026, 12, 3));
		PickupPoint sameMoment = PickupPoint.of("Paketshop Kiosk", null, "04109", "Leipzig", "DE",
				PickupPoint.Type.PARCEL_SHOP, null, null);

		ShipmentId inOrder = parcel();
		apply(inOrder, earlier, first);
		apply(inOrder, later, moved);
		ShipmentId reversed = parcel();
		apply(reversed, later, moved);
		apply(reversed, earlier, first);

		assertThat(point(reversed)).isEqualTo(point(inOrder)).isEqualTo(moved);

		// Two points for the same moment: whichever comes first, the same one stays.
		ShipmentId tieA = parcel();
		apply(tieA, later, moved);
		apply(tieA, later, sameMoment);
		ShipmentId tieB = parcel();
		apply(tieB, later, sameMoment);
		apply(tieB, later, moved);
		assertThat(point(tieA)).isEqualTo(point(tieB));
	}

	@Test
	void aCollectedParcelKeepsItsPointButNoLongerShowsIt() {
		Instant at = Instant.now().minus(2, ChronoUnit.HOURS);
		ShipmentId id = parcel();
		PickupPoint point = PickupPoint.of("Packstation 101", null, "10115", "Berlin", "DE", PickupPoint.Type.LOCKER,
				null, LocalDate.of(2026, 12, 1));
		apply(id, at, point);
		assertThat(this.api.get("/api/v1/shipments/" + id.value()).text("/pickupPoint/name"))
			.isEqualTo("Packstation 101");

		this.feed.apply(this.shop.shop().id(), id, new CarrierCode("dhl"),
				List.of(new CarrierEvent(at.plus(1, ChronoUnit.HOURS), TrackingStatus.DELIVERED, null, null,
						"Picked up", null, null, true)),
				List.of());

		assertThat(this.shipments.get(this.shop.shop().id(), id).pickupPoint()).isEqualTo(point);
		assertThat(this.api.get("/api/v1/shipments/" + id.value()).json().at("/pickupPoint").isNull()).isTrue();
	}

	private void apply(ShipmentId id, Instant at, PickupPoint point) {
		CarrierEvent event = new CarrierEvent(at, TrackingStatus.AVAILABLE_FOR_PICKUP, null, null, "Ready for pickup",
				CarrierEvent.location(point.city(), point.postcode(), point.country()), "pickup", true);
		this.feed.apply(this.shop.shop().id(), id, new CarrierCode("dhl"), null, List.of(event), List.of(), null,
				point);
	}

	private PickupPoint point(ShipmentId id) {
		return this.shipments.get(this.shop.shop().id(), id).pickupPoint();
	}

	private ShipmentId parcel() {
		String number = "00340434" + String.format("%012d", (long) (Math.random() * 1e12));
		String order = this.api.post("/api/v1/orders", Fixtures.order("ext-" + number, "P-" + number)).text("/id");
		return new ShipmentId(UUID.fromString(
				this.api.post("/api/v1/orders/" + order + "/shipments", Fixtures.shipment("dhl", number)).text("/id")));
	}

	private String order(String email) {
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), "P-" + UUID.randomUUID());
		order.put("placedAt", Instant.now().minus(2, ChronoUnit.DAYS).toString());
		order.put("customer", new HashMap<>(Map.of("email", email, "firstName", "Anna", "lastName", "Schmidt")));
		return this.api.post("/api/v1/orders", order).text("/id");
	}

	private void stubUps(String number, LocalDate deadline) {
		Instant arrived = Instant.now().minus(1, ChronoUnit.HOURS);
		Instant moving = Instant.now().minus(1, ChronoUnit.DAYS);
		String body = """
				{"trackResponse": {"shipment": [{"inquiryNumber": "%1$s", "package": [{
				  "trackingNumber": "%1$s",
				  "accessPointInformation": {"pickupByDate": "%2$s"},
				  "packageAddress": [
				    {"type": "ORIGIN", "name": "PICKUP TEST SHOP", "address": {"city": "Hamburg", "countryCode": "DE"}},
				    {"type": "DESTINATION", "name": "Kiosk am Markt", "attentionName": "Anna Schmidt",
				     "address": {"addressLine1": "Marktstraße 5", "city": "Leipzig", "postalCode": "04109",
				       "countryCode": "DE", "country": "DE"}}],
				  "activity": [
				    {"location": {"address": {"city": "Leipzig", "postalCode": "04109", "countryCode": "DE"}},
				     "status": {"type": "D", "description": "Delivered to UPS Access Point™. Awaiting Customer Pickup",
				       "code": "2Q", "statusCode": "040"},
				     "gmtDate": "%3$s", "gmtTime": "%4$s", "gmtOffset": "+01:00"},
				    {"location": {"address": {"city": "Hamburg", "countryCode": "DE"}},
				     "status": {"type": "I", "description": "Arrived at Facility", "code": "AR", "statusCode": "005"},
				     "gmtDate": "%5$s", "gmtTime": "%6$s", "gmtOffset": "+01:00"}]}]}]}}
				""".formatted(number, UPS_DATE.format(deadline), UPS_DATE.format(arrived.atZone(ZoneOffset.UTC)),
				UPS_TIME.format(arrived.atZone(ZoneOffset.UTC)), UPS_DATE.format(moving.atZone(ZoneOffset.UTC)),
				UPS_TIME.format(moving.atZone(ZoneOffset.UTC)));
		CarrierApiStub.server()
			.stubFor(post(urlPathEqualTo("/security/v1/oauth/token")).willReturn(aResponse()
				.withHeader("Content-Type", "application/json")
				.withBody(
						"""
								{"token_type":"Bearer","access_token":"pickup-ups-token","expires_in":"14399","status":"approved"}""")));
		CarrierApiStub.server()
			.stubFor(get(urlPathEqualTo("/api/track/v1/details/" + number))
				.withHeader("Authorization", equalTo("Bearer pickup-ups-token"))
				.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
	}

	private Message pickupEmail(String order) {
		return this.notifications.messages(this.shop.shop().id(), new OrderId(UUID.fromString(order)), null, 50, 0)
			.stream()
			.filter(message -> message.trigger() == Trigger.AVAILABLE_FOR_PICKUP && message.channel() == Channel.EMAIL)
			.findFirst()
			.orElse(null);
	}

	private static MimeMessage mailTo(String address, String subject) throws Exception {
		for (MimeMessage message : DevSmtp.server().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)
					&& subject.equals(message.getSubject())) {
				return message;
			}
		}
		return null;
	}

	private String page(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
