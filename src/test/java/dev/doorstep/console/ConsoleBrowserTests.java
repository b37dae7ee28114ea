package dev.doorstep.console;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.Chromium;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import dev.doorstep.support.TestShops.TestShop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.doorstep.support.Fixtures.event;
import static dev.doorstep.support.Fixtures.events;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the console in real Chromium the way an owner does, and saves a screenshot of
 * every page under {@code target/screenshots/console-*.png}.
 */
@DoorstepIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	private static final String PASSWORD = "browser test password";

	/** Customer, carrier and the statuses its parcel went through, one order each. */
	private static final List<List<String>> ORDERS = List.of(
			List.of("Anna", "Schmidt", "dhl", "INFO_RECEIVED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED"),
			List.of("Jonas", "Weber", "dpd", "INFO_RECEIVED", "IN_TRANSIT"),
			List.of("Emma", "Fischer", "gls", "INFO_RECEIVED", "IN_TRANSIT", "ATTEMPT_FAIL"),
			List.of("Lukas", "Becker", "hermes", "INFO_RECEIVED", "IN_TRANSIT", "AVAILABLE_FOR_PICKUP"),
			List.of("Mia", "Wagner", "ups", "INFO_RECEIVED", "EXCEPTION"),
			List.of("Noah", "Hoffmann", "dhl", "INFO_RECEIVED"));

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Test
	void ownerWalksOrdersShipmentsSettingsAndApiKeys() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		TestShop shop = this.shops.create("Northwind Outfitters");
		TestShop second = this.shops.create("Alpine Supply");
		String email = "owner-" + suffix + "@northwind.test";
		UUID user = this.users.ensureUser(email, "Olivia Owner", PASSWORD);
		this.users.grant(shop.shop().id(), user, ShopRole.OWNER);
		this.users.grant(second.shop().id(), user, ShopRole.AGENT);
		ApiClient api = new ApiClient(this.port, shop.apiKey());
		List<String> numbers = seed(api, suffix);
		new ApiClient(this.port, second.apiKey()).post("/api/v1/orders",
				Fixtures.order("alpine-" + suffix, "AS-" + suffix));

		String base = "http://localhost:" + this.port;
		try (BrowserContext context = CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setLocale("en-US")
				.setTimezoneId("UTC")
				.setViewportSize(1360, 860))) {
			Page page = context.newPage();

			// Sign in: a wrong password first, then the right one.
			page.navigate(base + "/console");
			assertThat(page).hasURL(base + "/login");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill("not the password");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong email or password");
			shot(page, "login");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill(PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			// Orders, then one order with its parcel and timeline.
			assertThat(page).hasURL(base + "/console/orders");
			assertThat(page.locator("#shop-switch option:checked")).hasText("Northwind Outfitters");
			assertThat(page.locator("table.data tbody tr")).hasCount(ORDERS.size());
			shot(page, "orders");
			// htmx narrows the list while typing; the Apply button does the same without
			// JavaScript.
			page.getByLabel("Search").pressSequentially("fischer");
			assertThat(page.locator("table.data tbody tr")).hasCount(1);
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/console/orders\\?q=fischer.*"));
			page.getByLabel("Search").fill("");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
			assertThat(page.locator("table.data tbody tr")).hasCount(ORDERS.size());
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(numbers.getFirst()).setExact(true))
				.click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.containsText(numbers.getFirst());
			Locator timeline = page.locator("table.timeline tbody tr");
			assertThat(timeline).hasCount(4);
			assertThat(timeline.first()).containsText("Delivered");
			assertThat(page.locator(".parcel-link a")).hasAttribute("href",
					java.util.regex.Pattern.compile(".*/t/[A-Za-z0-9_-]{20,}"));
			shot(page, "order");
			com.microsoft.playwright.Response missing = page.navigate(base + "/console/orders/" + UUID.randomUUID());
			assertThat(missing.status()).isEqualTo(404);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Not found");
			shot(page, "not-found");

			// Shipments, filtered by status and carrier.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Shipments").setExact(true)).click();
			assertThat(page.locator("table.data tbody tr")).hasCount(ORDERS.size());
			page.getByLabel("Status").selectOption("IN_TRANSIT");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
			assertThat(page.locator("table.data tbody tr")).hasCount(1);
			assertThat(page.locator("table.data tbody")).containsText("DPD");
			page.getByLabel("Status").selectOption("");
			page.getByLabel("Carrier").selectOption("dhl");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
			assertThat(page.locator("table.data tbody tr")).hasCount(2);
			page.getByLabel("Carrier").selectOption("");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
			shot(page, "shipments");

			// Carriers: save the shop's own DHL key (shown masked) and an AfterShip
			// secret.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Carriers").setExact(true)).click();
			page.getByLabel("Carrier or source").selectOption("dhl");
			page.getByLabel("API key / client id").fill("dhl-own-key-1234567");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Account for DHL saved");
			assertThat(page.locator("tr[data-code=dhl]")).containsText("dhl***67");
			page.getByLabel("Carrier or source").selectOption("aftership");
			page.getByLabel("Webhook secret").fill("whsec-browser");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
			assertThat(page.locator("tr[data-code=aftership]")).containsText("/hooks/carriers/aftership/");
			assertThat(page.locator("main")).not().containsText("whsec-browser");
			shot(page, "carriers");

			// Settings: a wrong colour is refused, a right one is saved.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings").setExact(true)).click();
			page.getByLabel("Primary colour").fill("navy");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
			assertThat(page.locator("#primaryColor-error")).containsText("#rrggbb");
			shot(page, "settings-error");
			page.getByLabel("Primary colour").fill("#0b5563");
			page.getByLabel("Support email").fill("help@northwind.test");
			page.getByLabel("Opening hours").fill("Mon–Fri 9:00–17:00");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Settings saved");
			assertThat(page.getByLabel("Primary colour")).hasValue("#0b5563");
			shot(page, "settings");

			// API keys: create, see the secret once, revoke.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API keys")).click();
			page.getByLabel("Label").fill("Shop backend");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create key")).click();
			String secret = page.getByLabel("Secret key").inputValue();
			assertThat(secret).startsWith("dsk_");
			assertThat(new ApiClient(this.port, secret).get("/api/v1/orders").status()).isEqualTo(200);
			shot(page, "api-key-created");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Done")).click();
			assertThat(page.locator("main")).not().containsText(secret);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke key Shop backend")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("revoked");
			assertThat(new ApiClient(this.port, secret).get("/api/v1/orders").status()).isEqualTo(401);
			shot(page, "api-keys");

			// Switch to the second shop, where this user is an agent.
			page.getByLabel("Shop", new Page.GetByLabelOptions().setExact(true)).selectOption("Alpine Supply");
			assertThat(page.getByLabel("Shop", new Page.GetByLabelOptions().setExact(true)))
				.hasValue(second.shop().id().value().toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch")).click();
			assertThat(page.locator("#shop-switch option:checked")).hasText("Alpine Supply");
			assertThat(page.locator("table.data tbody")).containsText("AS-" + suffix);
			assertThat(page.locator(".role")).hasText("Agent");
			shot(page, "shop-switch");

			// Sign out.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
			assertThat(page).hasURL(base + "/login?logout");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("signed out");
			shot(page, "signed-out");
			page.navigate(base + "/console/orders");
			assertThat(page).hasURL(base + "/login");
		}
	}

	@Autowired
	dev.doorstep.notification.internal.Dispatcher dispatcher;

	@Autowired
	dev.doorstep.notification.Consents consents;

	@Autowired
	dev.doorstep.notification.Notifications notifications;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void ownerReadsTheDevMailboxEditsATextAndSendsATest() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		TestShop shop = this.shops.create("Northwind Outfitters");
		String email = "mail-" + suffix + "@northwind.test";
		this.users.grant(shop.shop().id(), this.users.ensureUser(email, "Olivia Owner", PASSWORD), ShopRole.OWNER);
		ApiClient api = new ApiClient(this.port, shop.apiKey());
		String phone = "+49 170 " + (1000000 + (int) (Math.random() * 8999999));
		this.consents.grant(shop.shop().id(), phone, dev.doorstep.notification.Channel.SMS,
				dev.doorstep.notification.Topic.TRANSACTIONAL, "tracking-page", "browser test");
		String number = "NW-2001-" + suffix;
		Map<String, Object> order = Fixtures.order("nw-mail-" + suffix, number);
		order.put("placedAt", java.time.Instant.now().toString());
		order.put("locale", "en");
		order.put("customer", Map.of("email", "anna.schmidt." + suffix + "@example.com", "phone", phone, "firstName",
				"Anna", "lastName", "Schmidt"));
		String orderId = api.post("/api/v1/orders", order).text("/id");
		String shipment = api
			.post("/api/v1/orders/" + orderId + "/shipments", Fixtures.shipment("dhl", "00340434161094" + suffix))
			.text("/id");
		api.post("/api/v1/shipments/" + shipment + "/events", events(List
			.of(event(java.time.Instant.now().minusSeconds(60).toString(), "OUT_FOR_DELIVERY", "ofd-" + suffix))));
		dev.doorstep.order.OrderId id = new dev.doorstep.order.OrderId(UUID.fromString(orderId));
		org.awaitility.Awaitility.await()
			.until(() -> this.notifications.messages(shop.shop().id(), id, null, 20, 0).size() >= 4);
		// In the recipient's daytime, so quiet hours do not hold the SMS when the test
		// runs in the evening.
		this.jdbc.sql("UPDATE notification_message SET recipient_zone = :zone WHERE order_id = :order")
			.param("zone", dev.doorstep.support.Zones.daytime())
			.param("order", id.value())
			.update();
		while (this.dispatcher.dispatchDue() > 0) {
			// until nothing is due
		}

		String base = "http://localhost:" + this.port;
		try (BrowserContext context = CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setLocale("en-US")
				.setTimezoneId("UTC")
				.setViewportSize(1360, 860))) {
			Page page = context.newPage();
			page.navigate(base + "/console");
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill(PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			// Journeys, then the texts of the order confirmation with a test send.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications").setExact(true)).click();
			assertThat(page.locator("tr[data-trigger=SHIPMENT_CREATED]"))
				.containsText("Wait 2 min for other parcels · Email");
			shot(page, "journeys");
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Texts for “Order confirmed” in English").setExact(true))
				.click();
			// htmx renders the preview while typing; the Preview button does it without
			// JavaScript.
			page.getByLabel("Email subject").fill("Thanks, {{customer.firstName}}! Order {{order.number}} is in");
			assertThat(page.locator(".email-subject")).hasText("Thanks, Alex! Order 1001 is in");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview").setExact(true)).click();
			assertThat(page.locator(".email-subject")).hasText("Thanks, Alex! Order 1001 is in");
			page.getByLabel("Email text").fill("{{#parcels}}unclosed");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
			assertThat(page.locator("#body-error")).isVisible();
			shot(page, "template-error");
			page.getByLabel("Email text").fill("We have your order {{order.number}} and are packing it now.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Texts saved");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send test to dev mailbox")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("test message");
			shot(page, "template");

			// The mailbox: the order's messages and the test, newest first.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dev mailbox").setExact(true)).click();
			assertThat(page.locator("#dev-banner")).containsText("SMS");
			assertThat(page.locator("table.data tbody tr").first()).containsText("Test");
			shot(page, "mailbox");
			page.getByLabel("Channel").selectOption("SMS");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
			assertThat(page.locator("table.data tbody tr")).hasCount(1);
			page.locator("table.data tbody tr a").first().click();
			assertThat(page.locator(".bubble")).containsText("your parcel arrives today");
			assertThat(page.locator("main")).containsText("held in dev mailbox");
			shot(page, "message-sms");
			page.navigate(base + "/console/mailbox?order=" + number + "&channel=EMAIL");
			page.getByText("Thank you for your order").first().click();
			assertThat(page.locator("iframe.email-html")).isVisible();
			assertThat(page.frameLocator("iframe.email-html").locator("h1")).containsText("Thank you for your order");
			assertThat(page.locator("ol.history li")).hasCount(2);
			// The sandboxed frame is laid out on its own (an out-of-process frame in
			// Chromium); a viewport as tall as the page spares the full-page screenshot a
			// resize that the frame would catch up with only after the capture.
			page.setViewportSize(1360, 1200);
			Locator body = page.frameLocator("iframe.email-html").locator("body");
			org.awaitility.Awaitility.await()
				.until(() -> ((Number) body.evaluate("b => b.clientWidth")).intValue() > 600);
			shot(page, "message");
		}
	}

	private List<String> seed(ApiClient api, String suffix) {
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < ORDERS.size(); i++) {
			List<String> spec = ORDERS.get(i);
			String number = "NW-" + (1040 + i) + "-" + suffix;
			Map<String, Object> order = Fixtures.order("nw-" + suffix + "-" + i, number);
			order.put("placedAt", "2026-11-" + (14 + i) + "T10:0" + i + ":00Z");
			order.put("customer",
					Map.of("email", spec.get(0).toLowerCase() + "." + spec.get(1).toLowerCase() + "@example.com",
							"firstName", spec.get(0), "lastName", spec.get(1)));
			String orderId = api.post("/api/v1/orders", order).text("/id");
			String shipmentId = api
				.post("/api/v1/orders/" + orderId + "/shipments",
						Fixtures.shipment(spec.get(2), "TRK" + suffix.toUpperCase() + "00" + i))
				.text("/id");
			List<Map<String, Object>> steps = new ArrayList<>();
			for (int step = 3; step < spec.size(); step++) {
				steps.add(event("2026-11-%02dT%02d:15:00Z".formatted(16 + step, 6 + step), spec.get(step), "e" + step));
			}
			ApiClient.Response recorded = api.post("/api/v1/shipments/" + shipmentId + "/events", events(steps));
			assertThat(recorded.status()).as(recorded.body()).isLessThan(300);
			numbers.add(number);
		}
		return numbers;
	}

	private static void shot(Page page, String name) {
		Path file = dev.doorstep.support.Browser.screenshotDir().resolve("console-" + name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
	}

}
