package dev.doorstep.delivery;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.doorstep.delivery.internal.Models;
import dev.doorstep.delivery.internal.PromiseUpdater;
import dev.doorstep.delivery.internal.SampleRepository;
import dev.doorstep.delivery.model.Lane;
import dev.doorstep.delivery.model.TransitSample;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery promise end to end: a window from the moment a parcel is reported, moved
 * by its events, a delay explained before the carrier reports a problem (event, message,
 * tracking page), the checkout promise, and replays that change nothing.
 */
@DoorstepIntegrationTest
class DeliveryIntegrationTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	DeliveryPromises promises;

	@Autowired
	DeliveryTexts texts;

	@Autowired
	SampleRepository samples;

	@Autowired
	Models models;

	@Autowired
	PromiseUpdater updater;

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
		this.shop = this.shops.create("Delivery");
		this.api = new ApiClient(this.port, this.shop.apiKey());
	}

	@Test
	void aParcelHasAWindowFromItsCreationFromTheShopsDefaultDays() {
		this.api.put("/api/v1/delivery/settings", Map.of("defaultDays",
				List.of(Map.of("carrier", "gls", "destinationCountry", "BE", "businessDays", 4))));
		String order = order("D-1", "BE", "1000", "en");

		String parcel = parcel(order, "gls", Instant.now(), null);

		JsonNode delivery = awaitDelivery(parcel);
		assertThat(delivery.at("/current/basis/source").asString()).isEqualTo("SHOP_DEFAULT");
		assertThat(delivery.at("/current/basis/samples").asInt()).isZero();
		LocalDate earliest = LocalDate.parse(delivery.at("/current/window/earliest").asString());
		LocalDate latest = LocalDate.parse(delivery.at("/current/window/latest").asString());
		LocalDate mostLikely = LocalDate.parse(delivery.at("/current/window/mostLikely").asString());
		assertThat(earliest).isAfter(LocalDate.now(BERLIN));
		assertThat(mostLikely).isBetween(earliest, latest);
		// Four business days: at least four calendar days after today.
		assertThat(mostLikely).isAfterOrEqualTo(LocalDate.now(BERLIN).plusDays(4));
		assertThat(delivery.at("/first")).isEqualTo(delivery.at("/current"));
		assertThat(delivery.at("/history").size()).isEqualTo(1);
		assertThat(delivery.at("/onTime").isNull()).isTrue();
		// The shipment's own fields are still there.
		ApiClient.Response shipment = this.api.get("/api/v1/shipments/" + parcel);
		assertThat(shipment.text("/carrier")).isEqualTo("gls");
		assertThat(shipment.json().at("/events").isArray()).isTrue();
		assertThat(shipment.json().has("contributed")).isFalse();
		assertThat(shipment.json().has("contributedFields")).isFalse();

		String page = trackingPage(parcel, "en");
		assertThat(page).contains("Arrives ")
			.contains(this.texts.window(new DeliveryWindow(earliest, mostLikely, latest, 0.5), Locale.ENGLISH));
	}

	@Test
	void withHistoryTheWindowComesFromTheShopsOwnDeliveries() {
		seedHistory(this.shop, "DE", 40, 2);

		String parcel = parcel(order("D-2", "DE", "80331", "en"), "dhl", Instant.now(), null);

		JsonNode delivery = awaitDelivery(parcel);
		assertThat(delivery.at("/current/basis/source").asString()).isEqualTo("SHOP_HISTORY");
		assertThat(delivery.at("/current/basis/samples").asInt()).isGreaterThanOrEqualTo(30);
		assertThat(delivery.at("/current/basis/lane").asString()).startsWith("dhl");

		LocalDate monday = LocalDate.now(BERLIN).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
		ApiClient.Response promise = this.api.get("/api/v1/delivery-promise?carrier=dhl&originCountry=DE"
				+ "&originPostcode=04109&destinationCountry=DE&destinationPostcode=80331&orderedAt="
				+ monday.atTime(8, 0).atZone(BERLIN).toInstant());
		assertThat(promise.status()).isEqualTo(200);
		assertThat(promise.text("/basis/source")).isEqualTo("SHOP_HISTORY");
		assertThat(promise.json().at("/basis/samples").asInt()).isGreaterThanOrEqualTo(30);
		// Handed over on Monday, two business days in every sample.
		assertThat(promise.text("/window/mostLikely")).isEqualTo(monday.plusDays(2).toString());
		assertThat(promise.json().at("/confidence").asDouble()).isBetween(0.5, 1.0);

		ApiClient.Response lanes = this.api.get("/api/v1/delivery/settings");
		assertThat(lanes.status()).isEqualTo(200);
		assertThat(this.promises.lanes(this.shop.shop().id()).lanes()).isNotEmpty()
			.allSatisfy(lane -> assertThat(lane.medianBusinessDays()).isEqualTo(2.0));
	}

	@Test
	void anOutForDeliveryScanMovesTheWindowToToday() {
		String order = order("D-3", "BE", "1000", "en");
		String parcel = parcel(order, "dhl", Instant.now().minus(Duration.ofDays(1)), null);
		awaitDelivery(parcel);

		events(parcel, List.of(event(Instant.now().minusSeconds(3600), "IN_TRANSIT", "o-1"),
				event(Instant.now().minusSeconds(60), "OUT_FOR_DELIVERY", "o-2")));

		String today = LocalDate.now(BERLIN).toString();
		Awaitility.await()
			.until(() -> awaitDelivery(parcel).at("/current/basis/source").asString().equals("TRACKING_STATUS"));
		JsonNode delivery = awaitDelivery(parcel);
		assertThat(delivery.at("/current/window/earliest").asString()).isEqualTo(today);
		assertThat(delivery.at("/current/window/latest").asString()).isEqualTo(today);
		assertThat(delivery.at("/history").size()).isGreaterThanOrEqualTo(2);
		assertThat(delivery.at("/first/basis/source").asString()).isNotEqualTo("TRACKING_STATUS");
	}

	@Test
	void silenceAtAStageIsExplainedBeforeTheCarrierReportsAProblem() throws Exception {
		String order = order("D-4", "BE", "1000", "en");
		Instant shipped = businessDaysAgo("BE", 6);
		LocalDate promised = businessDaysAhead("BE", 1);
		String parcel = parcel(order, "dhl", shipped, promised);
		// The last scan, four business days ago at the Leipzig hub; nothing since.
		events(parcel, List.of(event(shipped.plusSeconds(3600), "IN_TRANSIT", "s-1"),
				event(businessDaysAgo("BE", 4), "IN_TRANSIT", "s-2")));

		Awaitility.await().until(() -> !awaitDelivery(parcel).at("/delay").isNull());
		JsonNode delay = awaitDelivery(parcel).at("/delay");
		assertThat(delay.at("/reason").asString()).isEqualTo("NO_SCAN");
		assertThat(delay.at("/daysWithoutScan").asInt()).isGreaterThanOrEqualTo(4);
		assertThat(delay.at("/stage").asString()).isEqualTo("Leipzig");
		int days = delay.at("/daysWithoutScan").asInt();
		int usual = delay.at("/usualDays").asInt();
		assertThat(days).isGreaterThan(usual);
		assertThat(this.api.get("/api/v1/shipments/" + parcel).text("/status")).isEqualTo("IN_TRANSIT");

		// Journeys notify: the DELAY_PREDICTED email names the reason and the new window.
		Awaitility.await().until(() -> delayMessage(order) != null);
		sendDue();
		Message message = delayMessage(order);
		assertThat(message.status()).isEqualTo(MessageStatus.SENT);
		String reason = this.texts.reason(DelayReason.NO_SCAN, days, usual, "Leipzig", null, Locale.ENGLISH);
		assertThat(reason).startsWith("no scan for " + days + " days at Leipzig, usually");
		assertThat(message.bodyText()).contains("Your parcel is running late: " + reason)
			.contains("New estimate: Arrives");

		// The tracking page says so, without JavaScript.
		String page = trackingPage(parcel, "en");
		assertThat(page).contains("Running late:").contains(reason).contains("Arrives ");
		String german = trackingPage(parcel, "de");
		assertThat(german).contains("Verspätet sich:").contains("kein Scan in Leipzig").contains("Zustellung ");

		assertThat(this.jdbc.sql("SELECT reason FROM delivery_delay WHERE shop_id = :shop")
			.param("shop", this.shop.shop().id().value())
			.query(String.class)
			.single()).isEqualTo("NO_SCAN");
		// Once per promised day: the periodic check and a replayed event announce nothing
		// new.
		this.updater.checkOpen();
		events(parcel, List.of(event(businessDaysAgo("BE", 4), "IN_TRANSIT", "s-2")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM delivery_delay WHERE shop_id = :shop")
			.param("shop", this.shop.shop().id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(messages(order).stream().filter(m -> m.trigger() == Trigger.DELAY_PREDICTED).count()).isEqualTo(1);
	}

	@Test
	void thePeriodicCheckSeesAParcelThatWentQuiet() {
		// A domestic lane no other test and not the demo learns: the global default
		// decides.
		String order = order("D-5", "DE", "10115", "en");
		LocalDate promised = businessDaysAhead("DE", 2);
		String parcel = parcel(order, "ups", Instant.now().minus(Duration.ofHours(3)), promised);
		events(parcel, List.of(event(Instant.now().minus(Duration.ofHours(2)), "IN_TRANSIT", "q-1")));
		awaitDelivery(parcel);
		Awaitility.await()
			.until(() -> "IN_TRANSIT"
				.equals(this.jdbc.sql("SELECT status FROM delivery_shipment WHERE shipment_id = :id")
					.param("id", UUID.fromString(parcel))
					.query(String.class)
					.single()));
		assertThat(awaitDelivery(parcel).at("/delay").isNull()).isTrue();

		// Days pass without a scan: no event is published, only the check can see it.
		UUID id = UUID.fromString(parcel);
		this.jdbc.sql("UPDATE shipment SET shipped_at = :at, last_event_at = :at WHERE id = :id")
			.param("at", java.sql.Timestamp.from(businessDaysAgo("DE", 5)))
			.param("id", id)
			.update();
		this.jdbc.sql("UPDATE tracking_event SET occurred_at = :at WHERE shipment_id = :id")
			.param("at", java.sql.Timestamp.from(businessDaysAgo("DE", 5)))
			.param("id", id)
			.update();
		this.updater.checkOpen();

		JsonNode delay = awaitDelivery(parcel).at("/delay");
		assertThat(delay.at("/reason").asString()).isEqualTo("NO_SCAN");
		assertThat(delay.at("/daysWithoutScan").asInt()).isGreaterThanOrEqualTo(5);
		Awaitility.await().until(() -> delayMessage(order) != null);
	}

	@Test
	void repeatedAndReorderedEventsGiveTheSamePromiseAsInOrder() {
		String order = order("D-6", "BE", "1000", "en");
		Instant shipped = businessDaysAgo("BE", 3);
		List<Map<String, Object>> timeline = List.of(event(shipped.plusSeconds(600), "IN_TRANSIT", "r-1"),
				event(businessDaysAgo("BE", 2), "IN_TRANSIT", "r-2"),
				event(businessDaysAgo("BE", 1), "OUT_FOR_DELIVERY", "r-3"),
				event(businessDaysAgo("BE", 1).plusSeconds(3600), "DELIVERED", "r-4"));
		String inOrder = parcel(order, "dhl", shipped, LocalDate.now(BERLIN));
		awaitDelivery(inOrder);
		for (Map<String, Object> event : timeline) {
			events(inOrder, List.of(event));
		}
		String shuffled = parcel(order, "dhl", shipped, LocalDate.now(BERLIN));
		awaitDelivery(shuffled);
		List<Map<String, Object>> mixed = new ArrayList<>(timeline);
		mixed.addAll(timeline.subList(1, 3));
		Collections.shuffle(mixed, new Random(7));
		events(shuffled, mixed);
		events(shuffled, timeline.subList(2, 4));

		JsonNode a = awaitDelivered(inOrder);
		JsonNode b = awaitDelivered(shuffled);
		for (String field : List.of("/current/window", "/current/basis", "/first/window", "/deliveredOn", "/onTime",
				"/promisedDate")) {
			assertThat(b.at(field)).as(field).isEqualTo(a.at(field));
		}
		assertThat(a.at("/current/basis/source").asString()).isEqualTo("DELIVERED");
		assertThat(a.at("/onTime").asBoolean()).isTrue();
		// One sample per parcel, whatever came twice.
		assertThat(sampleCount()).isEqualTo(2);
		int rows = b.at("/history").size();
		events(shuffled, timeline);
		this.updater.checkOpen();
		assertThat(awaitDelivered(shuffled).at("/history").size()).isEqualTo(rows);
		assertThat(sampleCount()).isEqualTo(2);
	}

	@Test
	void thePromiseEndpointNamesTheBadField() {
		assertThat(problemField("/api/v1/delivery-promise?destinationCountry=DE")).isEqualTo("carrier");
		assertThat(problemField("/api/v1/delivery-promise?carrier=nope&destinationCountry=DE")).isEqualTo("carrier");
		assertThat(problemField("/api/v1/delivery-promise?carrier=dhl")).isEqualTo("destinationCountry");
		assertThat(problemField("/api/v1/delivery-promise?carrier=dhl&destinationCountry=XX"))
			.isEqualTo("destinationCountry");
		assertThat(problemField("/api/v1/delivery-promise?carrier=dhl&destinationCountry=DE&originCountry=Germany"))
			.isEqualTo("originCountry");
		assertThat(
				problemField("/api/v1/delivery-promise?carrier=dhl&destinationCountry=DE&destinationPostcode=%3Cx%3E"))
			.isEqualTo("destinationPostcode");
		assertThat(problemField("/api/v1/delivery-promise?carrier=dhl&destinationCountry=DE&orderedAt=tomorrow"))
			.isEqualTo("orderedAt");
		ApiClient.Response settings = this.api.put("/api/v1/delivery/settings", Map.of("delayThreshold", 1.5));
		assertThat(settings.status()).isEqualTo(400);
		assertThat(settings.body()).contains("delayThreshold");

		// Without history or settings: the installation-wide default, said so.
		ApiClient.Response promise = this.api
			.get("/api/v1/delivery-promise?carrier=ups&destinationCountry=IS&orderedAt=2026-11-23T08:00:00Z");
		assertThat(promise.status()).isEqualTo(200);
		assertThat(promise.text("/basis/source")).isEqualTo("SHOP_DEFAULT");
		assertThat(promise.json().at("/window/earliest").asString()).isGreaterThanOrEqualTo("2026-11-24");
	}

	@Test
	void windowsReadNaturallyInEnglishAndGerman() {
		DeliveryWindow window = new DeliveryWindow(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25),
				LocalDate.of(2026, 11, 26), 0.85);
		assertThat(this.texts.window(window, Locale.ENGLISH)).isEqualTo("Arrives Tue 24 – Thu 26 Nov, most likely Wed");
		assertThat(this.texts.window(window, Locale.GERMAN))
			.isEqualTo("Zustellung Di, 24. – Do, 26. Nov., voraussichtlich Mi");
		DeliveryWindow across = new DeliveryWindow(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 2), 0.85);
		assertThat(this.texts.window(across, Locale.ENGLISH))
			.isEqualTo("Arrives Mon 30 Nov – Wed 2 Dec, most likely Tue");
		DeliveryWindow day = new DeliveryWindow(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24),
				LocalDate.of(2026, 11, 24), 0.9);
		assertThat(this.texts.window(day, Locale.ENGLISH)).isEqualTo("Arrives Tue 24 Nov");
	}

	private String problemField(String path) {
		ApiClient.Response response = this.api.get(path);
		assertThat(response.status()).as(path).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		return response.json().at("/errors/0/field").asString();
	}

	private void seedHistory(TestShops.TestShop shop, String country, int count, int businessDays) {
		Lane lane = new Lane("dhl", "Paket", "DE", "04109", country, "80331");
		// Handed over on Mondays at noon, delivered two days later (no holiday in
		// between).
		LocalDate monday = LocalDate.of(2026, 9, 7);
		for (int i = 0; i < count; i++) {
			LocalDate day = monday.plusWeeks(i % 10);
			Instant handedOver = day.atTime(12, 0).atZone(BERLIN).toInstant();
			Instant delivered = day.plusDays(businessDays).atTime(14, 0).atZone(BERLIN).toInstant();
			TransitSample sample = new TransitSample(lane, handedOver, delivered);
			if (this.samples.add(shop.shop().id(), new ShipmentId(UUID.randomUUID()), sample, null)) {
				this.models.learn(shop.shop().id(), sample);
			}
		}
	}

	private String order(String number, String country, String postcode, String locale) {
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), number);
		order.put("placedAt", Instant.now().minus(Duration.ofDays(7)).toString());
		order.put("locale", locale);
		order.put("customer", Map.of("email", "shopper-" + UUID.randomUUID() + "@example.com", "firstName", "Anna"));
		order.put("shippingAddress",
				Map.of("line1", "Street 1", "postcode", postcode, "city", "City", "country", country));
		return this.api.post("/api/v1/orders", order).text("/id");
	}

	private String parcel(String order, String carrier, Instant shippedAt, LocalDate promised) {
		Map<String, Object> shipment = new LinkedHashMap<>(
				Fixtures.shipment(carrier, "DLV" + Math.abs(new Random().nextLong() % 1_000_000_000L)));
		shipment.put("shippedAt", shippedAt.toString());
		if (promised == null) {
			shipment.remove("promisedDeliveryDate");
		}
		else {
			shipment.put("promisedDeliveryDate", promised.toString());
		}
		ApiClient.Response created = this.api.post("/api/v1/orders/" + order + "/shipments", shipment);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("/id");
	}

	private static Map<String, Object> event(Instant at, String status, String externalId) {
		return Fixtures.event(at.toString(), status, externalId);
	}

	private void events(String parcel, List<Map<String, Object>> events) {
		ApiClient.Response response = this.api.post("/api/v1/shipments/" + parcel + "/events", Fixtures.events(events));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	private JsonNode awaitDelivery(String parcel) {
		Awaitility.await()
			.until(() -> !this.api.get("/api/v1/shipments/" + parcel).json().at("/delivery").isMissingNode());
		return this.api.get("/api/v1/shipments/" + parcel).json().at("/delivery");
	}

	private JsonNode awaitDelivered(String parcel) {
		Awaitility.await()
			.until(() -> awaitDelivery(parcel).at("/current/basis/source").asString().equals("DELIVERED")
					&& !awaitDelivery(parcel).at("/onTime").isNull());
		return awaitDelivery(parcel);
	}

	private int sampleCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM delivery_sample WHERE shop_id = :shop")
			.param("shop", this.shop.shop().id().value())
			.query(Integer.class)
			.single();
	}

	private String trackingPage(String parcel, String lang) {
		String url = this.api.get("/api/v1/shipments/" + parcel).text("/trackingUrl");
		String path = url.substring(url.indexOf("/t/"));
		ApiClient.Response page = this.api.get(path + "?lang=" + lang);
		assertThat(page.status()).isEqualTo(200);
		return page.body();
	}

	private List<Message> messages(String order) {
		return this.notifications.messages(this.shop.shop().id(), new OrderId(UUID.fromString(order)), null, 100, 0);
	}

	private Message delayMessage(String order) {
		return messages(order).stream()
			.filter(m -> m.trigger() == Trigger.DELAY_PREDICTED && m.channel() == Channel.EMAIL)
			.findFirst()
			.orElse(null);
	}

	private void sendDue() {
		while (this.dispatcher.dispatchDue() > 0) {
			// until nothing is due
		}
	}

	/** The working day (Monday to Friday) {@code n} working days after today. */
	/** The working day {@code n} working days in {@code country} after today. */
	private static LocalDate businessDaysAhead(String country, int n) {
		HolidayManager holidays = holidays(country);
		LocalDate day = LocalDate.now(BERLIN);
		int left = n;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(holidays, day)) {
				left--;
			}
		}
		return day;
	}

	/**
	 * Noon of a working day with exactly {@code n} working days in {@code country} after
	 * it up to and including today, as the product counts days without a scan: Monday to
	 * Friday and not a national public holiday there, so the count holds on weekends and
	 * over Christmas and New Year too.
	 */
	private static Instant businessDaysAgo(String country, int n) {
		HolidayManager holidays = holidays(country);
		LocalDate day = LocalDate.now(BERLIN);
		int left = n;
		while (left > 0) {
			if (isWorkingDay(holidays, day)) {
				left--;
			}
			day = day.minusDays(1);
		}
		// Back to a working day, which changes no count: a scan on a weekday.
		while (!isWorkingDay(holidays, day)) {
			day = day.minusDays(1);
		}
		return day.atTime(12, 0).atZone(BERLIN).toInstant();
	}

	private static HolidayManager holidays(String country) {
		return HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
	}

	private static boolean isWorkingDay(HolidayManager holidays, LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.isHoliday(day, HolidayType.PUBLIC_HOLIDAY);
	}

}
