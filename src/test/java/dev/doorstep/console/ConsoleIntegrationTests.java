package dev.doorstep.console;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.doorstep.console.ConsoleSession.Page;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.shop.Shops;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import dev.doorstep.support.TestShops.TestShop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.doorstep.support.Fixtures.event;
import static dev.doorstep.support.Fixtures.events;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console over real HTTP, as a browser without JavaScript uses it: form login with
 * CSRF, roles, validation, tenancy and API keys.
 */
@DoorstepIntegrationTest
class ConsoleIntegrationTests {

	private static final String PASSWORD = "correct horse battery staple";

	private static final Pattern KEY_ID = Pattern.compile("/console/settings/api-keys/([0-9a-f-]{36})/revoke");

	@LocalServerPort
	int port;

	@Autowired
	TestShops testShops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	Shops shops;

	TestShop shop;

	ApiClient api;

	String ownerEmail;

	String agentEmail;

	@BeforeEach
	void setUp() {
		this.shop = this.testShops.create("Console Shop");
		this.api = new ApiClient(this.port, this.shop.apiKey());
		this.ownerEmail = user(this.shop, ShopRole.OWNER);
		this.agentEmail = user(this.shop, ShopRole.AGENT);
	}

	private String user(TestShop shop, ShopRole role) {
		return ConsoleSession.user(this.users, shop.shop().id(), role, PASSWORD);
	}

	private ConsoleSession signedIn(String email) {
		return ConsoleSession.signedIn(this.port, email, PASSWORD);
	}

	private String placeOrder(ApiClient api, String externalId, String number) {
		ApiClient.Response created = api.post("/api/v1/orders", Fixtures.order(externalId, number));
		assertThat(created.status()).isEqualTo(201);
		return created.text("/id");
	}

	@Autowired
	dev.doorstep.shipment.CarrierFeed feed;

	@Test
	void carriersPageSavesAccountsMaskedAndListsUnmappedCodes() {
		String order = placeOrder(this.api, "ext-" + UUID.randomUUID(), "CS-CARRIER-1");
		String shipment = this.api
			.post("/api/v1/orders/" + order + "/shipments", Fixtures.shipment("dhl", "JJD0001" + System.nanoTime()))
			.text("/id");
		this.feed.apply(this.shop.shop().id(), new dev.doorstep.shipment.ShipmentId(UUID.fromString(shipment)),
				new dev.doorstep.shipment.CarrierCode("dhl"),
				List.of(new dev.doorstep.shipment.carrier.CarrierEvent(java.time.Instant.parse("2026-11-21T08:00:00Z"),
						dev.doorstep.shipment.TrackingStatus.IN_TRANSIT, null, null, "Sendung im Zollager", null,
						"zoll-lager-7", false)),
				List.of());
		ConsoleSession owner = signedIn(this.ownerEmail);
		owner.get("/console/carriers");

		Page saved = owner.post("/console/carriers",
				Map.of("code", "dhl", "apiKey", "dhl-secret-key-123456", "webhookSecret", ""));
		Page pushSecret = owner.post("/console/carriers", Map.of("code", "aftership", "webhookSecret", "whsec-1"));
		Page invalid = owner.post("/console/carriers", Map.of("code", "ups"));
		Page page = owner.get("/console/carriers");

		assertThat(saved.status()).isEqualTo(302);
		assertThat(pushSecret.status()).isEqualTo(302);
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.body()).contains("apiKey").contains("webhookSecret");
		assertThat(page.body()).contains("dhl***56")
			.doesNotContain("dhl-secret-key-123456")
			.doesNotContain("whsec-1")
			.contains("/hooks/carriers/aftership/" + this.shop.shop().slug())
			.contains("zoll-lager-7", "Sendung im Zollager", "IN_TRANSIT");
		ConsoleSession agent = signedIn(this.agentEmail);
		assertThat(agent.get("/console/carriers").body()).contains("zoll-lager-7").doesNotContain("name=\"apiSecret\"");
		assertThat(agent.post("/console/carriers", Map.of("code", "dhl", "apiKey", "x")).status()).isEqualTo(403);
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() {
		ConsoleSession anonymous = new ConsoleSession(this.port);

		Page console = anonymous.get("/console/orders");
		Page login = anonymous.get("/login");

		assertThat(console.status()).isEqualTo(302);
		assertThat(console.location()).endsWith("/login");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"_csrf\"", "<label for=\"username\"", "<label for=\"password\"");
		assertThat(anonymous.get("/assets/console/console.css").status()).isEqualTo(200);
	}

	@Test
	void refusesAWrongPasswordWithAMessage() {
		ConsoleSession session = new ConsoleSession(this.port);

		Page answer = session.login(this.ownerEmail, "wrong password");

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).endsWith("/login?error");
		assertThat(session.get("/login?error").body()).contains("Wrong email or password");
		assertThat(session.get("/console/orders").status()).isEqualTo(302);
	}

	@Test
	void signsInShowsTheShopsOrdersAndSignsOut() {
		placeOrder(this.api, "ext-" + UUID.randomUUID(), "CS-1001");
		ConsoleSession session = signedIn(this.ownerEmail);

		Page home = session.get("/console");
		Page orders = session.get("/console/orders");

		assertThat(home.location()).endsWith("/console/orders");
		assertThat(orders.status()).isEqualTo(200);
		assertThat(orders.body()).contains("CS-1001", "Console Shop", this.ownerEmail, "Anna Schmidt");

		Page out = session.post("/logout", Map.of());
		assertThat(out.location()).endsWith("/login?logout");
		assertThat(session.get("/login?logout").body()).contains("You have been signed out");
		assertThat(session.get("/console/orders").status()).isEqualTo(302);
	}

	@Test
	void searchesOrdersByNumberExternalIdCustomerAndStatus() {
		String external = "shopify-" + UUID.randomUUID();
		placeOrder(this.api, external, "CS-2001");
		Map<String, Object> other = Fixtures.order("other-" + UUID.randomUUID(), "CS-2002");
		other.put("customer", Map.of("email", "jonas@example.com", "firstName", "Jonas", "lastName", "Weber"));
		this.api.post("/api/v1/orders", other);
		ConsoleSession session = signedIn(this.agentEmail);

		assertThat(session.get("/console/orders?q=" + external).body()).contains("CS-2001").doesNotContain("CS-2002");
		assertThat(session.get("/console/orders?q=jonas+weber").body()).contains("CS-2002").doesNotContain("CS-2001");
		assertThat(session.get("/console/orders?q=CS-200").body()).contains("CS-2001", "CS-2002");
		assertThat(session.get("/console/orders?status=DELIVERED").body()).contains("No orders match")
			.doesNotContain("CS-2001");
		assertThat(session.get("/console/orders?status=PLACED&page=-3").body()).contains("CS-2001", "CS-2002");
	}

	@Test
	void showsAnOrderWithEveryShipmentAndItsTimelineInTheShopsTimeZone() {
		String orderId = placeOrder(this.api, "ext-" + UUID.randomUUID(), "CS-3001");
		ApiClient.Response parcel = this.api.post("/api/v1/orders/" + orderId + "/shipments",
				Fixtures.shipment("dhl", "00340434161094099901"));
		String trackingUrl = parcel.text("/trackingUrl");
		this.api.post("/api/v1/shipments/" + parcel.text("/id") + "/events",
				events(List.of(event("2026-11-21T08:15:00Z", "IN_TRANSIT", "e1"),
						event("2026-11-20T17:40:00Z", "INFO_RECEIVED", "e2"))));
		this.api.post("/api/v1/orders/" + orderId + "/shipments", Fixtures.shipment("dpd", "01505002345678"));
		ConsoleSession session = signedIn(this.agentEmail);

		Page detail = session.get("/console/orders/" + orderId);

		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.body()).contains("CS-3001", "anna.schmidt@example.com", "Invalidenstraße 117", "Rain jacket",
				"00340434161094099901", "01505002345678", "DHL", "DPD", trackingUrl, "In transit", "IN_TRANSIT scan",
				"Leipzig");
		// 08:15 UTC is 09:15 in the shop's zone, Europe/Berlin.
		assertThat(detail.body()).contains("9:15", "6:40", "Time (Europe/Berlin)").doesNotContain("8:15");
		// Each parcel's carrier numbers with their polling state: no DHL key yet, so due
		// now.
		assertThat(detail.body()).contains("Carrier tracking (1 number)", "this shipment", "next poll");
	}

	@Test
	void filtersShipmentsByStatusAndCarrier() {
		String orderId = placeOrder(this.api, "ext-" + UUID.randomUUID(), "CS-4001");
		String dhl = this.api.post("/api/v1/orders/" + orderId + "/shipments", Fixtures.shipment("dhl", "DHL-4001"))
			.text("/id");
		this.api.post("/api/v1/orders/" + orderId + "/shipments", Fixtures.shipment("gls", "GLS-4001"));
		this.api.post("/api/v1/shipments/" + dhl + "/events",
				events(List.of(event("2026-11-21T08:15:00Z", "DELIVERED", "d1"))));
		ConsoleSession session = signedIn(this.agentEmail);

		Page all = session.get("/console/shipments");
		Page delivered = session.get("/console/shipments?status=DELIVERED");
		Page gls = session.get("/console/shipments?carrier=gls");
		Page nonsense = session.get("/console/shipments?status=LOST&carrier=pigeon");

		assertThat(all.body()).contains("DHL-4001", "GLS-4001", "/console/orders/" + orderId);
		assertThat(delivered.body()).contains("DHL-4001").doesNotContain("GLS-4001");
		assertThat(gls.body()).contains("GLS-4001").doesNotContain("DHL-4001");
		assertThat(nonsense.status()).isEqualTo(200);
		assertThat(nonsense.body()).contains("DHL-4001", "GLS-4001");
	}

	@Test
	void neverShowsAnotherShopsOrder() {
		TestShop other = this.testShops.create("Other Shop");
		String foreign = placeOrder(new ApiClient(this.port, other.apiKey()), "ext-" + UUID.randomUUID(), "OTHER-1");
		ConsoleSession session = signedIn(this.ownerEmail);

		Page detail = session.get("/console/orders/" + foreign);

		assertThat(detail.status()).isEqualTo(404);
		assertThat(detail.body()).contains("Not found").doesNotContain("OTHER-1", "anna.schmidt");
		assertThat(session.get("/console/orders/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(session.get("/console/orders/not-an-id").status()).isEqualTo(404);
		assertThat(session.get("/console/orders").body()).doesNotContain("OTHER-1");
		assertThat(session.get("/console/shipments").body()).doesNotContain("OTHER-1");
		// Switching to a shop the user is not a member of is refused.
		assertThat(session.post("/console/shop", Map.of("shopId", other.shop().id().value().toString())).status())
			.isEqualTo(403);
	}

	@Test
	void switchesBetweenTheUsersShops() {
		TestShop second = this.testShops.create("Second Shop");
		this.users.grant(second.shop().id(), this.users.findIdByEmail(this.agentEmail).orElseThrow(), ShopRole.OWNER);
		placeOrder(new ApiClient(this.port, second.apiKey()), "ext-" + UUID.randomUUID(), "SECOND-1");
		ConsoleSession session = signedIn(this.agentEmail);
		assertThat(session.get("/console/orders").body()).contains("Console Shop", "Second Shop")
			.doesNotContain("SECOND-1");

		Page switched = session.post("/console/shop", Map.of("shopId", second.shop().id().value().toString()));

		assertThat(switched.location()).endsWith("/console");
		assertThat(session.get("/console/orders").body()).contains("SECOND-1");
		// The role follows the shop: owner here, so settings are editable.
		assertThat(session.get("/console/settings").body()).contains("Save settings");
	}

	@Test
	void onlyAnOwnerChangesSettings() {
		ConsoleSession agent = signedIn(this.agentEmail);
		Page readOnly = agent.get("/console/settings");
		Page refused = agent.postAll("/console/settings", settings("Renamed by agent", "#112233", "Europe/Berlin"));

		assertThat(readOnly.status()).isEqualTo(200);
		assertThat(readOnly.body()).contains("Only an owner", "disabled").doesNotContain("Save settings");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("Not allowed", "Console Shop");
		assertThat(this.shops.get(this.shop.shop().id()).name()).isEqualTo("Console Shop");

		ConsoleSession owner = signedIn(this.ownerEmail);
		owner.get("/console/settings");
		Page saved = owner.postAll("/console/settings", settings("Renamed Shop", "#AA3300", "America/New_York"));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(owner.get("/console/settings").body()).contains("Settings saved", "Renamed Shop");
		Shop changed = this.shops.get(this.shop.shop().id());
		assertThat(changed.name()).isEqualTo("Renamed Shop");
		assertThat(changed.brand().primaryColor()).isEqualTo("#aa3300");
		assertThat(changed.timeZone().getId()).isEqualTo("America/New_York");
		assertThat(changed.supportedLocales()).containsExactly("en", "de", "fr");
		assertThat(changed.support().email()).isEqualTo("help@shop.test");
	}

	@Test
	void showsValidationErrorsNextToTheFieldsAndSavesNothing() {
		ConsoleSession owner = signedIn(this.ownerEmail);
		owner.get("/console/settings");
		List<Map.Entry<String, List<String>>> form = new java.util.ArrayList<>(
				settings("Broken Shop", "blue", "Mars/Olympus"));
		form.removeIf(field -> field.getKey().equals("supportedLocales") || field.getKey().equals("websiteUrl"));
		form.add(Map.entry("supportedLocales", List.of("de", "xx")));
		form.add(Map.entry("websiteUrl", List.of("javascript:alert(1)")));

		Page answer = owner.postAll("/console/settings", form);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.body()).contains("Nothing was saved", "Enter a colour as #rrggbb",
				"Enter a time zone such as", "Choose at least one of the offered languages",
				"The default language must be one of", "Enter a full web address", "value=\"blue\"",
				"value=\"Mars/Olympus\"", "value=\"Broken Shop\"");
		assertThat(answer.body()).contains("id=\"primaryColor-error\"", "aria-describedby=\"primaryColor-error\"");
		Shop unchanged = this.shops.get(this.shop.shop().id());
		assertThat(unchanged.name()).isEqualTo("Console Shop");
		assertThat(unchanged.brand().primaryColor()).isEqualTo("#1f3a5f");
		assertThat(unchanged.timeZone().getId()).isEqualTo("Europe/Berlin");
	}

	@Test
	void createsAnApiKeyShownOnceThatWorksUntilRevoked() {
		ConsoleSession owner = signedIn(this.ownerEmail);
		owner.get("/console/settings/api-keys");

		Page created = owner.post("/console/settings/api-keys", Map.of("label", "Warehouse"));

		assertThat(created.status()).isEqualTo(200);
		Matcher secret = Pattern.compile("value=\"(dsk_[A-Za-z0-9_-]{40,})\"").matcher(created.body());
		assertThat(secret.find()).isTrue();
		String key = secret.group(1);
		ApiClient withKey = new ApiClient(this.port, key);
		assertThat(withKey.get("/api/v1/orders").status()).isEqualTo(200);

		Page list = owner.get("/console/settings/api-keys");
		assertThat(list.body()).contains("Warehouse", key.substring(0, 10)).doesNotContain(key);
		Matcher keyId = KEY_ID.matcher(list.body());
		assertThat(keyId.find()).isTrue();
		String id = keyId.group(1);

		ConsoleSession agent = signedIn(this.agentEmail);
		Page agentList = agent.get("/console/settings/api-keys");
		assertThat(agentList.body()).contains("Warehouse").doesNotContain("/revoke");
		assertThat(agent.post("/console/settings/api-keys/" + id + "/revoke", Map.of()).status()).isEqualTo(403);
		assertThat(agent.post("/console/settings/api-keys", Map.of("label", "Sneaky")).status()).isEqualTo(403);
		assertThat(withKey.get("/api/v1/orders").status()).isEqualTo(200);

		Page revoked = owner.post("/console/settings/api-keys/" + id + "/revoke", Map.of());
		assertThat(revoked.status()).isEqualTo(302);
		assertThat(owner.get("/console/settings/api-keys").body()).contains("The key was revoked", "Revoked");
		assertThat(withKey.get("/api/v1/orders").status()).isEqualTo(401);
	}

	@Test
	void refusesAnEmptyKeyLabelAndFormsWithoutCsrf() {
		ConsoleSession owner = signedIn(this.ownerEmail);
		owner.get("/console/settings/api-keys");

		Page empty = owner.post("/console/settings/api-keys", Map.of("label", "  "));

		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.body()).contains("Enter a label");

		ConsoleSession forged = new ConsoleSession(this.port);
		assertThat(forged.post("/login", Map.of("username", this.ownerEmail, "password", PASSWORD)).status())
			.isEqualTo(403);
	}

	@Test
	void speaksGermanToAGermanBrowser() {
		ConsoleSession session = new ConsoleSession(this.port, "de-DE,de;q=0.9");
		assertThat(session.get("/login").body()).contains("lang=\"de\"", "Bei der Konsole anmelden", "Passwort");
		session.login(this.ownerEmail, PASSWORD);

		Page orders = session.get("/console/orders");
		Page settings = session.get("/console/settings");

		assertThat(orders.body()).contains("Bestellungen", "Sendungen", "Einstellungen", "Abmelden", "Inhaber");
		assertThat(settings.body()).contains("Hauptfarbe", "Unterstützte Sprachen", "Einstellungen speichern");
	}

	private static List<Map.Entry<String, List<String>>> settings(String name, String primary, String zone) {
		return List.of(Map.entry("name", List.of(name)), Map.entry("websiteUrl", List.of("https://shop.test")),
				Map.entry("logoUrl", List.of("")), Map.entry("primaryColor", List.of(primary)),
				Map.entry("accentColor", List.of("#e4572e")), Map.entry("defaultLocale", List.of("en")),
				Map.entry("supportedLocales", List.of("en", "de", "fr")), Map.entry("timeZone", List.of(zone)),
				Map.entry("supportEmail", List.of("help@shop.test")), Map.entry("supportPhone", List.of("+49 30 1")),
				Map.entry("openingHours", List.of("Mon–Fri 9–17")));
	}

}
