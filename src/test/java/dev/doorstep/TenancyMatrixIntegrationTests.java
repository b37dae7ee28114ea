package dev.doorstep;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static dev.doorstep.support.Fixtures.event;
import static dev.doorstep.support.Fixtures.events;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shop A's key against shop B's data on every {@code /api/v1} endpoint: never B's data,
 * never a change to it. The endpoint list is checked against the application's real
 * mappings, so a new endpoint without a row here fails the build.
 */
@DoorstepIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyMatrixIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	ApiClient a;

	ApiClient b;

	String bOrder;

	String bShipment;

	String bOrderNumber = "B-SECRET-1";

	String bTracking = "BSECRET0001";

	/** One probe: shop A calls an endpoint with shop B's ids. */
	record Probe(String method, String pattern, String path, String body) {
		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}
	}

	@BeforeAll
	void createTwoShops() {
		this.a = new ApiClient(this.port, this.shops.create("Shop A").apiKey());
		TestShops.TestShop shopB = this.shops.create("Shop B");
		this.bShopId = shopB.shop().id();
		this.b = new ApiClient(this.port, shopB.apiKey());
		java.util.Map<String, Object> bOrderBody = Fixtures.order("shared-external-id", this.bOrderNumber);
		bOrderBody.put("placedAt", Fixtures.ago(java.time.Duration.ofDays(4)).toString());
		this.bOrder = this.b.post("/api/v1/orders", bOrderBody).text("/id");
		// B's parcel left three days ago and was last scanned two days ago (see the claim
		// below).
		java.util.Map<String, Object> bParcel = Fixtures.shipment("dhl", this.bTracking);
		bParcel.put("shippedAt", Fixtures.ago(java.time.Duration.ofDays(3)).toString());
		this.bShipment = this.b.post("/api/v1/orders/" + this.bOrder + "/shipments", bParcel).text("/id");
		this.b.post("/api/v1/shipments/" + this.bShipment + "/events",
				events(List.of(event(Fixtures.ago(java.time.Duration.ofDays(2)).toString(), "IN_TRANSIT", "b-1"))));
		this.b.put("/api/v1/carrier-accounts/ups", java.util.Map.of("apiKey", this.bSecret, "apiSecret", this.bSecret));
		this.b.put("/api/v1/platforms/shopify", java.util.Map.of("secret", this.bSecret));
		this.b.put("/api/v1/support/helpdesk", java.util.Map.of("provider", "zendesk", "account", "bshop", "email",
				"agent@b.example", "apiToken", this.bSecret));
		this.b.put("/api/v1/support/opening-hours", java.util.Map.of("days",
				java.util.Map.of("sunday", List.of(java.util.Map.of("opens", "07:00", "closes", "08:00")))));
		this.b.post("/api/v1/notifications/consents", java.util.Map.of("contact", "anna.schmidt@example.com", "channel",
				"SMS", "topic", "TRANSACTIONAL", "granted", true, "source", "BSECRET-SOURCE"));
		org.awaitility.Awaitility.await()
			.until(() -> this.b.get("/api/v1/notifications/messages?orderId=" + this.bOrder).json().size() > 0);
		this.bMessage = this.b.get("/api/v1/notifications/messages?orderId=" + this.bOrder).text("/0/id");
		this.bJourney = this.b.get("/api/v1/notifications/journeys").text("/0/id");
		this.b.put("/api/v1/delivery/settings",
				java.util.Map.of("delayThreshold", 0.4, "originCountry", "DE", "originPostcode", "BSE42", "defaultDays",
						List.of(java.util.Map.of("carrier", "dhl", "destinationCountry", "DE", "businessDays", 7))));
		this.b.put("/api/v1/notifications/webhook",
				java.util.Map.of("url", "https://b.example/BSECRET-hook", "secret", this.bSecret));
		this.b.post("/api/v1/products", java.util.Map.of("products", List
			.of(java.util.Map.of("sku", "BSE-PRODUCT", "name", "BSE product", "price", 10, "currency", "EUR"))));
		this.b.put("/api/v1/packaging/boxes", java.util.Map.of("boxes", List.of(packagingBox("BSE-BOX"))));
		// B's order has its discount code: A's CSV export must not show it.
		this.b.get("/api/v1/orders/" + this.bOrder + "/insert");
		this.bReturn = this.b
			.post("/api/v1/returns",
					java.util.Map
						.of("orderId", this.bOrder, "method", "QR_DROP_OFF", "items",
								List.of(java.util.Map.of("sku", "JKT-1", "quantity", 1, "reason", "TOO_SMALL",
										"resolution", "REFUND"))))
			.text("/id");
		// B's catalogue holds its order's items, so B's own recommendations name them.
		this.b.post("/api/v1/products",
				java.util.Map.of("products", List.of(
						java.util.Map.of("sku", "JKT-1", "name", "BSE jacket", "price", 129, "currency", "EUR"),
						java.util.Map.of("sku", "SOCK-3", "name", "BSE socks", "price", 12.5, "currency", "EUR"))));
		this.bSubscription = this.b
			.post("/api/v1/webhooks/subscriptions",
					java.util.Map.of("url", "https://b.example/BSECRET-events", "types", List.of("return.*"),
							"description", "BSECRET receiver"))
			.text("/id");
		this.bDelivery = this.b.post("/api/v1/webhooks/subscriptions/" + this.bSubscription + "/test", "").text("/id");
		// B's parcel has had no scan for two days: lost after one day in B's rules.
		this.b.put("/api/v1/claims/settings", java.util.Map.of("lostAfterDays", 1, "autoApproveLimit", 7));
		this.b.put("/api/v1/feedback/settings", java.util.Map.of("defaultDelayDays", 11));
		this.bClaim = ((dev.doorstep.claim.FileResult.Filed) this.claims.file(this.bShopId,
				new dev.doorstep.shipment.ShipmentId(UUID.fromString(this.bShipment)),
				new dev.doorstep.claim.NewClaim(dev.doorstep.claim.ClaimType.LOST, java.util.Map.of(), "BSECRET claim",
						false, null, null, List.of())))
			.claim()
			.id()
			.toString();
		// A draft: a running experiment would change B's messages or page for the other
		// checks.
		this.bExperiment = this.b
			.post("/api/v1/experiments", java.util.Map.of("name", "BSE experiment", "module", "recommendations",
					"holdout", 0.2, "arms", List.of(java.util.Map.of("name", "with"))))
			.text("/id");
	}

	String bExperiment;

	private Probe experiment(String method, String suffix) {
		return new Probe(method, "/api/v1/experiments/{id}" + suffix,
				"/api/v1/experiments/" + this.bExperiment + suffix, "POST".equals(method) ? "" : null);
	}

	@Autowired
	dev.doorstep.claim.Claims claims;

	dev.doorstep.shop.ShopId bShopId;

	String bClaim;

	String bReturn;

	private static java.util.Map<String, Object> packagingBox(String id) {
		return java.util.Map.of("id", id, "name", id + " carton", "innerLengthMm", 300, "innerWidthMm", 200,
				"innerHeightMm", 100, "maxWeightG", 5000, "cost", 1, "currency", "EUR", "standard", true);
	}

	private Probe returns(String method, String suffix, String body) {
		return new Probe(method, "/api/v1/returns/{id}" + suffix, "/api/v1/returns/" + this.bReturn + suffix, body);
	}

	String bSubscription;

	String bDelivery;

	String bMessage;

	String bJourney;

	String bSecret = "BSECRET-CLIENT-ID-42";

	List<Probe> probes() {
		return List.of(new Probe("GET", "/api/v1/orders/{id}", "/api/v1/orders/" + this.bOrder, null),
				new Probe("GET", "/api/v1/orders", "/api/v1/orders?orderNumber=" + this.bOrderNumber, null),
				new Probe("POST", "/api/v1/orders/{id}/cancel", "/api/v1/orders/" + this.bOrder + "/cancel", ""),
				new Probe("POST", "/api/v1/orders/{orderId}/shipments", "/api/v1/orders/" + this.bOrder + "/shipments",
						ApiClient.json(Fixtures.shipment("dpd", "A-INTO-B"))),
				new Probe("GET", "/api/v1/orders/{orderId}/shipments", "/api/v1/orders/" + this.bOrder + "/shipments",
						null),
				new Probe("GET", "/api/v1/shipments/{id}", "/api/v1/shipments/" + this.bShipment, null),
				new Probe("GET", "/api/v1/shipments", "/api/v1/shipments?trackingNumber=" + this.bTracking, null),
				new Probe("POST", "/api/v1/shipments/{id}/events", "/api/v1/shipments/" + this.bShipment + "/events",
						ApiClient.json(events(List.of(event("2026-11-22T08:00:00Z", "DELIVERED", "a-1"))))),
				// Same external id as B's order: A gets its own order, B's stays
				// untouched.
				new Probe("POST", "/api/v1/orders", "/api/v1/orders",
						ApiClient.json(Fixtures.order("shared-external-id", "A-1"))),
				new Probe("GET", "/api/v1/carriers", "/api/v1/carriers", null),
				new Probe("GET", "/api/v1/shipments/{id}/legs", "/api/v1/shipments/" + this.bShipment + "/legs", null),
				new Probe("POST", "/api/v1/shipments/{id}/legs", "/api/v1/shipments/" + this.bShipment + "/legs",
						ApiClient.json(java.util.Map.of("carrier", "dpd", "trackingNumber", "A-LEG-INTO-B"))),
				// A's own accounts: B's never show, and saving A's leaves B's alone.
				new Probe("GET", "/api/v1/carrier-accounts", "/api/v1/carrier-accounts", null),
				new Probe("PUT", "/api/v1/carrier-accounts/{code}", "/api/v1/carrier-accounts/ups",
						ApiClient.json(java.util.Map.of("apiKey", "a-own-key"))),
				new Probe("DELETE", "/api/v1/carrier-accounts/{code}", "/api/v1/carrier-accounts/dhl", null),
				// A's own connections: A has none, so reading or removing one is 404;
				// saving creates A's own.
				new Probe("GET", "/api/v1/platforms/{platform}", "/api/v1/platforms/shopify", null),
				new Probe("PUT", "/api/v1/platforms/{platform}", "/api/v1/platforms/woocommerce",
						"{\"secret\":\"a-own-secret\"}"),
				new Probe("DELETE", "/api/v1/platforms/{platform}", "/api/v1/platforms/shopify", null),
				new Probe("GET", "/api/v1/carriers/unmapped-codes", "/api/v1/carriers/unmapped-codes", null),
				new Probe("GET", "/api/v1/notifications/messages", "/api/v1/notifications/messages", null),
				new Probe("GET", "/api/v1/notifications/messages/{id}",
						"/api/v1/notifications/messages/" + this.bMessage, null),
				new Probe("GET", "/api/v1/notifications/journeys", "/api/v1/notifications/journeys", null),
				new Probe("GET", "/api/v1/notifications/settings", "/api/v1/notifications/settings", null),
				new Probe("PUT", "/api/v1/notifications/settings", "/api/v1/notifications/settings",
						ApiClient.json(java.util.Map.of("marketingNeedsConsent", false, "trackOpens", true,
								"trackClicks", true))),
				new Probe("PUT", "/api/v1/notifications/journeys/{id}",
						"/api/v1/notifications/journeys/" + this.bJourney,
						ApiClient.json(java.util.Map.of("enabled", false))),
				new Probe("POST", "/api/v1/notifications/consents", "/api/v1/notifications/consents",
						ApiClient.json(java.util.Map.of("contact", "anna.schmidt@example.com", "channel", "SMS",
								"topic", "TRANSACTIONAL", "granted", false, "source", "a-own"))),
				new Probe("GET", "/api/v1/notifications/consents",
						"/api/v1/notifications/consents?channel=SMS&contact=anna.schmidt@example.com", null),
				// A's own webhook: B's URL and secret never show, saving A's leaves B's.
				new Probe("GET", "/api/v1/notifications/webhook", "/api/v1/notifications/webhook", null),
				new Probe("PUT", "/api/v1/notifications/webhook", "/api/v1/notifications/webhook",
						ApiClient
							.json(java.util.Map.of("url", "https://a.example/hook", "secret", "a-own-secret-0123456"))),
				// Events name B's order in the body: 404, and B's order gets no message.
				new Probe("POST", "/api/v1/notifications/events", "/api/v1/notifications/events",
						ApiClient.json(java.util.Map.of("type", "return.approved", "orderId", this.bOrder, "reference",
								"RMA-A-INTO-B", "occurredAt", java.time.Instant.now().toString()))),
				new Probe("POST", "/api/v1/notifications/events", "/api/v1/notifications/events",
						ApiClient.json(java.util.Map.of("type", "refund.issued", "orderNumber", this.bOrderNumber,
								"reference", "RMA-A-INTO-B", "occurredAt", java.time.Instant.now().toString(), "data",
								java.util.Map.of("refundAmount", "19.99")))),
				// A's own delivery settings and promise: B's origin and history never
				// show.
				new Probe("GET", "/api/v1/delivery-promise",
						"/api/v1/delivery-promise?carrier=dhl&destinationCountry=DE&destinationPostcode=10115", null),
				new Probe("GET", "/api/v1/delivery/settings", "/api/v1/delivery/settings", null),
				new Probe("PUT", "/api/v1/delivery/settings", "/api/v1/delivery/settings",
						ApiClient.json(java.util.Map.of("delayThreshold", 0.6, "originCountry", "AT"))),
				// A's own claim rules and claims: B's rules stay, B's claim is never seen
				// or decided.
				// A's own feedback rules: B's stay; B's order's review requests are 404.
				new Probe("GET", "/api/v1/feedback/settings", "/api/v1/feedback/settings", null),
				new Probe("PUT", "/api/v1/feedback/settings", "/api/v1/feedback/settings",
						ApiClient.json(java.util.Map.of("defaultDelayDays", 30, "npsEnabled", false))),
				new Probe("GET", "/api/v1/orders/{id}/review-requests",
						"/api/v1/orders/" + this.bOrder + "/review-requests", null),
				new Probe("GET", "/api/v1/claims/settings", "/api/v1/claims/settings", null),
				new Probe("PUT", "/api/v1/claims/settings", "/api/v1/claims/settings",
						ApiClient.json(java.util.Map.of("mode", "PROTECTION", "lostAfterDays", 30))),
				new Probe("GET", "/api/v1/claims", "/api/v1/claims?status=FILED", null),
				new Probe("GET", "/api/v1/claims/{id}", "/api/v1/claims/" + this.bClaim, null),
				new Probe("POST", "/api/v1/claims/{id}/approve", "/api/v1/claims/" + this.bClaim + "/approve", ""),
				new Probe("POST", "/api/v1/claims/{id}/reject", "/api/v1/claims/" + this.bClaim + "/reject",
						ApiClient.json(java.util.Map.of("reason", "A says no"))),
				new Probe("POST", "/api/v1/claims/{id}/resolve", "/api/v1/claims/" + this.bClaim + "/resolve",
						ApiClient.json(java.util.Map.of("resolution", "RESHIP"))),
				new Probe("GET", "/api/v1/claims/{id}/pack.pdf", "/api/v1/claims/" + this.bClaim + "/pack.pdf", null),
				new Probe("POST", "/api/v1/products", "/api/v1/products",
						ApiClient.json(java.util.Map.of("products",
								List.of(java.util.Map.of("sku", "A-PRODUCT", "name", "A product", "price", 5,
										"currency", "EUR"))))),
				new Probe("GET", "/api/v1/products/{sku}", "/api/v1/products/BSE-PRODUCT", null),
				new Probe("GET", "/api/v1/recommendations", "/api/v1/recommendations?sku=JKT-1&limit=20", null),
				new Probe("GET", "/api/v1/recommendations/attribution", "/api/v1/recommendations/attribution", null),
				new Probe("GET", "/api/v1/returns/policy", "/api/v1/returns/policy", null),
				new Probe("PUT", "/api/v1/returns/policy", "/api/v1/returns/policy",
						ApiClient.json(java.util.Map.of("windowDays", 14))),
				new Probe("GET", "/api/v1/returns/eligibility", "/api/v1/returns/eligibility?orderId=" + this.bOrder,
						null),
				new Probe("GET", "/api/v1/returns", "/api/v1/returns", null),
				new Probe("POST", "/api/v1/returns", "/api/v1/returns",
						ApiClient.json(java.util.Map.of("orderId", this.bOrder, "method", "QR_DROP_OFF", "items",
								List.of(java.util.Map.of("sku", "JKT-1", "quantity", 1, "reason", "TOO_SMALL",
										"resolution", "REFUND"))))),
				new Probe("POST", "/api/v1/returns/quote", "/api/v1/returns/quote",
						ApiClient.json(java.util.Map.of("orderId", this.bOrder, "method", "QR_DROP_OFF", "items",
								List.of(java.util.Map.of("sku", "JKT-1", "quantity", 1, "reason", "TOO_SMALL",
										"resolution", "REFUND"))))),
				returns("GET", "", null), returns("GET", "/label.pdf", null),
				new Probe("GET", "/api/v1/returns/{id}/photos/{photoId}",
						"/api/v1/returns/" + this.bReturn + "/photos/" + java.util.UUID.randomUUID(), null),
				returns("POST", "/approve", ""),
				returns("POST", "/reject", ApiClient.json(java.util.Map.of("reason", "A says no"))),
				returns("POST", "/in-transit", ""),
				returns("POST", "/parcel",
						ApiClient.json(java.util.Map.of("carrier", "dhl", "trackingNumber", "A-RETURN-1"))),
				returns("POST", "/receive", ""), returns("POST", "/resolve", ""),
				returns("POST", "/refund", ApiClient.json(java.util.Map.of("amount", 1))),
				// A's own subscriptions: B's never show; B's ids answer 404 and change
				// nothing.
				new Probe("POST", "/api/v1/webhooks/subscriptions", "/api/v1/webhooks/subscriptions",
						ApiClient.json(java.util.Map.of("url", "https://a.example/events"))),
				new Probe("GET", "/api/v1/webhooks/subscriptions", "/api/v1/webhooks/subscriptions", null),
				new Probe("GET", "/api/v1/webhooks/subscriptions/{id}",
						"/api/v1/webhooks/subscriptions/" + this.bSubscription, null),
				new Probe("PATCH", "/api/v1/webhooks/subscriptions/{id}",
						"/api/v1/webhooks/subscriptions/" + this.bSubscription,
						ApiClient.json(java.util.Map.of("url", "https://a.example/stolen", "enabled", false))),
				new Probe("DELETE", "/api/v1/webhooks/subscriptions/{id}",
						"/api/v1/webhooks/subscriptions/" + this.bSubscription, null),
				new Probe("POST", "/api/v1/webhooks/subscriptions/{id}/rotate-secret",
						"/api/v1/webhooks/subscriptions/" + this.bSubscription + "/rotate-secret", ""),
				new Probe("GET", "/api/v1/webhooks/subscriptions/{id}/deliveries",
						"/api/v1/webhooks/subscriptions/" + this.bSubscription + "/deliveries", null),
				new Probe("POST", "/api/v1/webhooks/subscriptions/{id}/test",
						"/api/v1/webhooks/subscriptions/" + this.bSubscription + "/test", ""),
				new Probe("POST", "/api/v1/webhooks/subscriptions/{id}/replay",
						"/api/v1/webhooks/subscriptions/" + this.bSubscription
								+ "/replay?from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z",
						""),
				new Probe("POST", "/api/v1/webhooks/deliveries/{id}/replay",
						"/api/v1/webhooks/deliveries/" + this.bDelivery + "/replay", ""),
				new Probe("GET", "/api/v1/packaging/boxes", "/api/v1/packaging/boxes", null),
				new Probe("PUT", "/api/v1/packaging/boxes", "/api/v1/packaging/boxes",
						ApiClient.json(java.util.Map.of("boxes", List.of(packagingBox("A-BOX"))))),
				new Probe("POST", "/api/v1/packaging/recommend", "/api/v1/packaging/recommend",
						ApiClient.json(java.util.Map.of("orderId", this.bOrder))),
				new Probe("GET", "/api/v1/inserts/settings", "/api/v1/inserts/settings", null),
				new Probe("PUT", "/api/v1/inserts/settings", "/api/v1/inserts/settings",
						ApiClient.json(java.util.Map.of("validDays", 20))),
				new Probe("POST", "/api/v1/inserts/codes", "/api/v1/inserts/codes",
						ApiClient.json(java.util.Map.of("codes", List.of("A-OWN-CODE")))),
				new Probe("GET", "/api/v1/inserts/codes.csv", "/api/v1/inserts/codes.csv?from=2020-01-01&to=2100-01-01",
						null),
				new Probe("POST", "/api/v1/inserts/batch",
						"/api/v1/inserts/batch?date=" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")),
						""),
				new Probe("GET", "/api/v1/orders/{id}/insert", "/api/v1/orders/" + this.bOrder + "/insert", null),
				new Probe("GET", "/api/v1/orders/{id}/insert.pdf", "/api/v1/orders/" + this.bOrder + "/insert.pdf",
						null),
				// A's own site and widget tokens: a token for B's customer sees A's
				// orders only; saving A's site leaves B's alone.
				new Probe("GET", "/api/v1/shop/public-site", "/api/v1/shop/public-site", null),
				new Probe("PUT", "/api/v1/shop/public-site", "/api/v1/shop/public-site",
						ApiClient.json(java.util.Map.of("allowedOrigins", List.of("https://a-shop.example")))),
				new Probe("POST", "/api/v1/embed/tokens", "/api/v1/embed/tokens",
						ApiClient.json(java.util.Map.of("customerEmail", "anna.schmidt@example.com"))),
				new Probe("GET", "/api/v1/experiments", "/api/v1/experiments", null),
				new Probe("POST", "/api/v1/experiments", "/api/v1/experiments",
						ApiClient.json(java.util.Map.of("name", "A experiment", "module", "recommendations", "holdout",
								0.2, "arms", List.of(java.util.Map.of("name", "with"))))),
				experiment("GET", ""), experiment("POST", "/start"), experiment("POST", "/stop"),
				experiment("GET", "/report"),
				// Only the caller's own figures: B's events never count for A.
				new Probe("GET", "/api/v1/insights/kpis", "/api/v1/insights/kpis", null),
				// Reads no shop data: answers 200 for any shop's key.
				new Probe("GET", "/api/v1/support/answer",
						"/api/v1/support/answer?orderNumber=" + this.bOrderNumber
								+ "&email=anna.schmidt@example.com&question=where+is+my+order",
						null),
				// Hand-over settings: only ever the caller's own shop.
				new Probe("GET", "/api/v1/support/helpdesk", "/api/v1/support/helpdesk", null),
				new Probe("PUT", "/api/v1/support/helpdesk", "/api/v1/support/helpdesk",
						ApiClient.json(java.util.Map.of("provider", "freshdesk", "account", "ashop", "apiToken",
								"a-freshdesk-key-1"))),
				new Probe("DELETE", "/api/v1/support/helpdesk", "/api/v1/support/helpdesk", null),
				new Probe("GET", "/api/v1/support/opening-hours", "/api/v1/support/opening-hours", null),
				new Probe("PUT", "/api/v1/support/opening-hours", "/api/v1/support/opening-hours",
						ApiClient.json(java.util.Map.of("days",
								java.util.Map.of("monday",
										List.of(java.util.Map.of("opens", "09:00", "closes", "17:00")))))),
				new Probe("GET", "/api/v1/carriers/detect", "/api/v1/carriers/detect?trackingNumber=1Z5R89390357567127",
						null));
	}

	@Test
	void everyApiEndpointIsInTheMatrix() {
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().forEach(pattern -> {
			if (pattern.startsWith("/api/v1")) {
				info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
			}
		}));
		Set<String> probed = new TreeSet<>();
		probes().forEach(probe -> probed.add(probe.method() + " " + probe.pattern()));
		assertThat(probed).containsExactlyInAnyOrderElementsOf(mapped);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("probes")
	void shopACannotReadOrChangeShopBsData(Probe probe) {
		ApiClient.Response response = send(this.a, probe);

		// "instance" only echoes the path A itself asked for; everything else must hold
		// nothing of B.
		String body = response.body().replaceAll("\"instance\":\"[^\"]*\",?", "");
		assertThat(body).doesNotContain(this.bOrder)
			.doesNotContain(this.bShipment)
			.doesNotContain(this.bOrderNumber)
			.doesNotContain(this.bTracking)
			.doesNotContain("BSE");
		// Saving under {code} creates the caller's own account; it names no row of
		// another
		// shop.
		boolean ownAccount = probe.method().equals("PUT")
				&& (probe.pattern().contains("{code}") || probe.pattern().contains("{platform}"));
		boolean namesBInBody = (probe.body() != null
				&& (probe.body().contains(this.bOrder) || probe.body().contains(this.bOrderNumber)))
				|| probe.path().contains("orderId=" + this.bOrder)
				|| probe.path().startsWith("/api/v1/support/answer?orderNumber=" + this.bOrderNumber);
		if ((probe.pattern().contains("{") && !ownAccount) || namesBInBody) {
			assertThat(response.status()).isEqualTo(404);
		}
		else {
			assertThat(response.status()).isBetween(200, 201);
		}
		assertBUnchanged();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("probes")
	void everyEndpointRefusesCallsWithoutAKey(Probe probe) {
		ApiClient anonymous = this.a.withKey("");
		ApiClient.Response response = send(anonymous, probe);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	private static ApiClient.Response send(ApiClient client, Probe probe) {
		return switch (probe.method()) {
			case "GET" -> client.get(probe.path());
			case "DELETE" -> client.delete(probe.path());
			case "PUT" -> client.putJson(probe.path(), probe.body());
			case "PATCH" -> client.patchJson(probe.path(), probe.body());
			default -> client.post(probe.path(), probe.body());
		};
	}

	private void assertBUnchanged() {
		ApiClient.Response experiments = this.b.get("/api/v1/experiments");
		assertThat(experiments.json().size()).isEqualTo(1);
		assertThat(experiments.text("/0/status")).isEqualTo("DRAFT");
		assertThat(this.b.get("/api/v1/notifications/settings").text("/trackOpens")).isEqualTo("false");
		ApiClient.Response journey = this.b.get("/api/v1/notifications/journeys");
		assertThat(journey.text("/0/enabled")).isEqualTo("true");
		assertThat(
				this.b.get("/api/v1/notifications/consents?channel=SMS&contact=anna.schmidt@example.com").json().size())
			.isEqualTo(1);
		ApiClient.Response accounts = this.b.get("/api/v1/carrier-accounts");
		assertThat(accounts.json().size()).isEqualTo(1);
		assertThat(accounts.text("/0/code")).isEqualTo("ups");
		ApiClient.Response platform = this.b.get("/api/v1/platforms/shopify");
		assertThat(platform.status()).isEqualTo(200);
		assertThat(platform.text("/updatedAt")).isEqualTo(platform.text("/createdAt"));
		assertThat(this.b.get("/api/v1/platforms/woocommerce").status()).isEqualTo(404);
		assertThat(this.b.get("/api/v1/shipments/" + this.bShipment + "/legs").json().size()).isEqualTo(1);
		ApiClient.Response order = this.b.get("/api/v1/orders/" + this.bOrder);
		assertThat(order.text("/status")).isEqualTo("SHIPPED");
		assertThat(order.text("/orderNumber")).isEqualTo(this.bOrderNumber);
		ApiClient.Response shipment = this.b.get("/api/v1/shipments/" + this.bShipment);
		assertThat(shipment.text("/status")).isEqualTo("IN_TRANSIT");
		assertThat(shipment.json().at("/events").size()).isEqualTo(1);
		assertThat(this.b.get("/api/v1/orders/" + this.bOrder + "/shipments").json().size()).isEqualTo(1);
		assertThat(this.b.get("/api/v1/notifications/webhook").text("/url"))
			.isEqualTo("https://b.example/BSECRET-hook");
		ApiClient.Response messages = this.b.get("/api/v1/notifications/messages?orderId=" + this.bOrder);
		// B's own return was approved and messaged; nothing of A's events reached B.
		messages.json()
			.forEach(message -> assertThat(message.get("reference").asString("")).isNotEqualTo("RMA-A-INTO-B"));
		ApiClient.Response ret = this.b.get("/api/v1/returns/" + this.bReturn);
		assertThat(ret.text("/status")).isEqualTo("APPROVED");
		assertThat(this.b.get("/api/v1/returns/policy").text("/windowDays")).isEqualTo("30");
		assertThat(this.b.get("/api/v1/products/BSE-PRODUCT").status()).isEqualTo(200);
		assertThat(this.b.get("/api/v1/packaging/boxes").text("/boxes/0/id")).isEqualTo("BSE-BOX");
		assertThat(this.b.get("/api/v1/recommendations?sku=JKT-1").body()).contains("BSE socks");
		ApiClient.Response subscription = this.b.get("/api/v1/webhooks/subscriptions/" + this.bSubscription);
		assertThat(subscription.text("/url")).isEqualTo("https://b.example/BSECRET-events");
		assertThat(subscription.json().get("enabled").asBoolean()).isTrue();
		assertThat(subscription.json().get("updatedAt")).isEqualTo(subscription.json().get("createdAt"));
		// The events of B's own return (requested, approved) may reach B's subscription
		// after it was created: the match runs after the return's commit, asynchronously.
		// Nothing else may: no event of A's, no replay of B's test delivery.
		tools.jackson.databind.JsonNode deliveries = this.b
			.get("/api/v1/webhooks/subscriptions/" + this.bSubscription + "/deliveries")
			.json()
			.get("deliveries");
		List<String> types = new java.util.ArrayList<>();
		deliveries.forEach(d -> types.add(d.get("type").asString()));
		assertThat(types).containsOnlyOnce("webhook.test")
			.allMatch(t -> List.of("webhook.test", "return.requested", "return.approved").contains(t));
		assertThat(types).doesNotHaveDuplicates();
		ApiClient.Response delivery = this.b.get("/api/v1/delivery/settings");
		assertThat(delivery.text("/originPostcode")).isEqualTo("BSE42");
		assertThat(delivery.text("/delayThreshold")).isEqualTo("0.4");
		ApiClient.Response claim = this.b.get("/api/v1/claims/" + this.bClaim);
		assertThat(claim.text("/status")).isEqualTo("FILED");
		assertThat(claim.json().at("/history").size()).isEqualTo(1);
		ApiClient.Response feedbackSettings = this.b.get("/api/v1/feedback/settings");
		assertThat(feedbackSettings.json().at("/defaultDelayDays").asInt()).isEqualTo(11);
		assertThat(feedbackSettings.json().at("/npsEnabled").asBoolean()).isTrue();
		ApiClient.Response helpdesk = this.b.get("/api/v1/support/helpdesk");
		assertThat(helpdesk.text("/account")).isEqualTo("bshop");
		assertThat(helpdesk.text("/provider")).isEqualTo("zendesk");
		assertThat(this.b.get("/api/v1/support/opening-hours").text("/days/sunday/0/opens")).isEqualTo("07:00");
		assertThat(this.b.get("/api/v1/support/opening-hours").json().at("/days/monday").size()).isZero();
		ApiClient.Response claimSettings = this.b.get("/api/v1/claims/settings");
		assertThat(claimSettings.text("/mode")).isEqualTo("GUARANTEE");
		assertThat(claimSettings.json().at("/lostAfterDays").asInt()).isEqualTo(1);
	}

}
