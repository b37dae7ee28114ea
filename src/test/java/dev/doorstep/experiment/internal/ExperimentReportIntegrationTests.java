package dev.doorstep.experiment.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.experiment.Arm;
import dev.doorstep.experiment.Experiment;
import dev.doorstep.experiment.ExperimentAssigned;
import dev.doorstep.experiment.ExperimentReport;
import dev.doorstep.experiment.ExperimentReport.Metric;
import dev.doorstep.experiment.ExperimentStatus;
import dev.doorstep.experiment.Experiments;
import dev.doorstep.experiment.NewExperiment;
import dev.doorstep.experiment.Target;
import dev.doorstep.feedback.DeliveryRated;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.returns.ReturnQuote;
import dev.doorstep.returns.ReturnRequested;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import dev.doorstep.tracking.TrackingPagesViewed;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A page-module experiment from assignment to report: known outcomes fed through the
 * module's listeners give exactly the hand-computed figures, intervals and verdicts; the
 * real tracking page shows the cross-sell block only to its arm; stopping keeps it all.
 */
@DoorstepIntegrationTest
@RecordApplicationEvents
class ExperimentReportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Experiments experiments;

	@Autowired
	Assigner assigner;

	@Autowired
	OutcomeListener outcomes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	ShopId shop;

	ApiClient api;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void shop() {
		TestShops.TestShop created = this.shops.create("Experiment report");
		this.shop = created.shop().id();
		this.api = new ApiClient(this.port, created.apiKey());
	}

	@Test
	void reportGivesTheHandComputedFiguresIntervalsAndVerdictsAndSurvivesStopping() {
		Experiment experiment = this.experiments.start(this.shop,
				this.experiments
					.create(this.shop,
							new NewExperiment("Cross-sell on the page", new Target.PageModule("recommendations"),
									List.of(Arm.page("with", 1, true)), 0.5))
					.id());
		List<Order> with = shoppers(experiment, "with", 30);
		List<Order> holdout = shoppers(experiment, Experiment.HOLDOUT, 30);
		for (Order order : with) {
			assertThat(this.assigner.assign(experiment, order)).isEqualTo("with");
		}
		for (Order order : holdout) {
			assertThat(this.assigner.assign(experiment, order)).isEqualTo(Experiment.HOLDOUT);
		}
		// Asked again: the same arm, no second record.
		this.assigner.assign(experiment, with.getFirst());
		assertThat(this.events.stream(ExperimentAssigned.class)
			.filter(event -> event.experimentId().equals(experiment.id()))).hasSize(60);

		// Repurchase: 12 of 30 with the block, 4 of 30 without, each a real later order.
		with.subList(0, 12).forEach(this::orderAgain);
		holdout.subList(0, 4).forEach(this::orderAgain);
		// Returns: 2 against 3. Views: 10 shoppers once against 20 twice.
		with.subList(0, 2).forEach(this::requestReturn);
		holdout.subList(0, 3).forEach(this::requestReturn);
		List<TrackingPagesViewed.ParcelViews> views = new ArrayList<>();
		with.subList(0, 10).forEach(order -> views.add(views(order, 1)));
		holdout.subList(0, 20).forEach(order -> views.add(views(order, 2)));
		Instant now = Instant.now();
		this.outcomes.on(new TrackingPagesViewed(this.shop, now.minusSeconds(10), now, views));
		// A batch delivered twice counts once.
		this.outcomes.on(new TrackingPagesViewed(this.shop, now.minusSeconds(10), now, views));
		// CSAT: 5 and 4 raters, too few for a verdict.
		rate(with.subList(0, 5), 5, 4, 5, 4, 5);
		rate(holdout.subList(0, 4), 3, 4, 3, 2);
		// An order of nobody in the experiment is dropped.
		requestReturn(shoppers(experiment, "with", 1).getFirst());

		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> figures(report(), "with").repurchased() == 12
					&& figures(report(), "holdout").repurchased() == 4);
		ExperimentReport report = report();

		assertThat(report.baseline()).isEqualTo("holdout");
		assertThat(report.arms()).extracting(ExperimentReport.ArmFigures::arm).containsExactly("holdout", "with");
		ExperimentReport.ArmFigures withFigures = figures(report, "with");
		ExperimentReport.ArmFigures holdoutFigures = figures(report, "holdout");
		assertThat(withFigures).isEqualTo(new ExperimentReport.ArmFigures("with", 30, 0, 0, 0, 12, 2, 10, 5, 23.0));
		assertThat(holdoutFigures)
			.isEqualTo(new ExperimentReport.ArmFigures("holdout", 30, 0, 0, 0, 4, 3, 40, 4, 12.0));
		assertThat(withFigures.rate(Metric.CSAT)).isEqualTo(4.6);

		// Newcombe for 12/30 - 4/30 (worked out by hand, see StatisticsTests for the
		// method).
		ExperimentReport.Comparison repurchase = comparison(report, Metric.REPURCHASE_90);
		assertThat(repurchase.difference()).isCloseTo(0.266667, within(1e-6));
		assertThat(repurchase.low()).isCloseTo(0.042010, within(1e-6));
		assertThat(repurchase.high()).isCloseTo(0.460818, within(1e-6));
		assertThat(repurchase.clear()).isTrue();
		assertThat(repurchase.verdict()).isEqualTo("with raises 90-day repurchase by 26.7 pp, 95 % CI 4.2–46.1");

		ExperimentReport.Comparison returns = comparison(report, Metric.RETURN_RATE);
		assertThat(returns.low()).isCloseTo(-0.196808, within(1e-6));
		assertThat(returns.high()).isCloseTo(0.127164, within(1e-6));
		assertThat(returns.verdict())
			.isEqualTo("No clear difference in return rate between with and holdout (95 % CI -19.7 to 12.7 pp)");

		// Welch for (10 x 1, 20 x 0) against (20 x 2, 10 x 0): -1 ± 2.0167 x 0.1958.
		ExperimentReport.Comparison visits = comparison(report, Metric.VISITS);
		assertThat(visits.difference()).isEqualTo(-1.0);
		assertThat(visits.low()).isCloseTo(-1.394842, within(1e-5));
		assertThat(visits.high()).isCloseTo(-0.605158, within(1e-5));
		assertThat(visits.verdict())
			.isEqualTo("with lowers tracking-page visits per shopper by 1.00, 95 % CI 0.61–1.39");

		ExperimentReport.Comparison csat = comparison(report, Metric.CSAT);
		assertThat(csat.low()).isNull();
		assertThat(csat.difference()).isCloseTo(4.6 - 3.0, within(1e-9));
		assertThat(csat.verdict()).isEqualTo("No clear difference in CSAT between with and holdout yet (n too small)");
		assertThat(
				this.experiments.report(this.shop, experiment.id(), Locale.GERMAN).comparisons().getFirst().verdict())
			.isEqualTo("with erhöht den Wiederkauf in 90 Tagen um 26,7 Prozentpunkte, 95-%-KI 4,2–46,1");

		Experiment stopped = this.experiments.stop(this.shop, experiment.id());
		assertThat(stopped.status()).isEqualTo(ExperimentStatus.STOPPED);
		assertThat(stopped.stoppedAt()).isNotNull();
		assertThat(report().arms()).isEqualTo(report.arms());
		assertThat(report().comparisons()).isEqualTo(report.comparisons());
		// Nobody new is assigned: the running list no longer has it.
		assertThat(this.assigner.running(this.shop)).isEmpty();
		assertThat(this.experiments.list(this.shop)).extracting(Experiment::status)
			.containsExactly(ExperimentStatus.STOPPED);
	}

	@Test
	void theTrackingPageShowsCrossSellOnlyToTheArmWithIt() throws Exception {
		catalogue();
		Experiment experiment = this.experiments.start(this.shop,
				this.experiments
					.create(this.shop,
							new NewExperiment("Cross-sell block", new Target.PageModule("recommendations"),
									List.of(Arm.page("with", 1, true), Arm.page("without", 1, false)), 0.34))
					.id());
		Map<String, String> pages = new LinkedHashMap<>();
		for (String arm : List.of("with", "without", Experiment.HOLDOUT)) {
			String email = shoppers(experiment, arm, 1).getFirst().customer().email();
			pages.put(arm, trackingPath(order(email, "TENT")));
		}

		assertThat(get(pages.get("with")).body()).contains("You may also like").contains("/go/");
		assertThat(get(pages.get("without")).body()).contains("TENT").doesNotContain("You may also like");
		assertThat(get(pages.get(Experiment.HOLDOUT)).body()).doesNotContain("You may also like");
		assertThat(this.jdbc.sql("SELECT arm FROM experiment_assignment WHERE experiment_id = :id ORDER BY arm")
			.param("id", experiment.id())
			.query(String.class)
			.list()).containsExactly("holdout", "with", "without");
	}

	private void catalogue() {
		List<Map<String, Object>> products = new ArrayList<>();
		for (String sku : List.of("TENT", "PEGS", "STOVE", "MAT", "LAMP")) {
			products.add(Map.of("sku", sku, "name", sku.toLowerCase(Locale.ROOT), "category", "camping", "price", 19.9,
					"currency", "EUR", "productUrl", "https://shop.example/p/" + sku));
		}
		assertThat(this.api.post("/api/v1/products", Map.of("products", products)).status()).isEqualTo(200);
		for (String sku : List.of("PEGS", "STOVE", "MAT", "LAMP")) {
			order("pair-" + UUID.randomUUID() + "@example.com", "TENT", sku);
			order("pair-" + UUID.randomUUID() + "@example.com", "TENT", sku);
		}
	}

	/**
	 * Shoppers (in-memory orders with fresh emails) whose hash puts them in {@code arm}.
	 */
	private List<Order> shoppers(Experiment experiment, String arm, int count) {
		List<Order> found = new ArrayList<>();
		while (found.size() < count) {
			Instant placed = Instant.now().minus(Duration.ofDays(1));
			Order order = new Order(new OrderId(UUID.randomUUID()), this.shop, "ext", "R-1", placed, "EUR", "en",
					new Order.Customer("report-" + UUID.randomUUID() + "@example.com", null, "Rea", null), null,
					List.of(), BigDecimal.TEN, OrderStatus.PLACED, placed, placed);
			if (Assignments.arm(experiment, Assignments.shopperKey(order)).equals(arm)) {
				found.add(order);
			}
		}
		return found;
	}

	private void orderAgain(Order first) {
		order(first.customer().email(), "TENT");
	}

	private String order(String email, String... skus) {
		Map<String, Object> order = new LinkedHashMap<>(Fixtures.order(UUID.randomUUID().toString(), "R-2"));
		order.put("placedAt", Instant.now().toString());
		order.put("customer", Map.of("email", email, "firstName", "Rea"));
		order.put("items", List.of(skus)
			.stream()
			.map(sku -> Map.of("sku", sku, "name", sku, "category", "camping", "quantity", 1, "unitPrice", 19.9))
			.toList());
		ApiClient.Response response = this.api.post("/api/v1/orders", order);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.text("/id");
	}

	private String trackingPath(String orderId) {
		Map<String, Object> shipment = Fixtures.shipment("dhl", "DHL" + UUID.randomUUID());
		shipment.put("items", List.of(Map.of("sku", "TENT", "quantity", 1)));
		ApiClient.Response created = this.api.post("/api/v1/orders/" + orderId + "/shipments", shipment);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return URI.create(created.text("/trackingUrl")).getPath() + "?lang=en";
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private void requestReturn(Order order) {
		this.outcomes.on(new ReturnRequested(this.shop, UUID.randomUUID(), order.id(), "RMA-1", null, List.of(),
				new ReturnQuote("EUR", BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO,
						BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, true),
				Instant.now()));
	}

	private static TrackingPagesViewed.ParcelViews views(Order order, int count) {
		return new TrackingPagesViewed.ParcelViews(new ShipmentId(UUID.randomUUID()), order.id(), count, Instant.now());
	}

	private void rate(List<Order> orders, int... ratings) {
		for (int i = 0; i < ratings.length; i++) {
			this.outcomes.on(new DeliveryRated(this.shop, orders.get(i).id(), null, ratings[i], Instant.now()));
		}
	}

	private ExperimentReport report() {
		Experiment experiment = this.experiments.list(this.shop).getFirst();
		return this.experiments.report(this.shop, experiment.id(), Locale.ENGLISH);
	}

	private static ExperimentReport.ArmFigures figures(ExperimentReport report, String arm) {
		return report.arms().stream().filter(figures -> figures.arm().equals(arm)).findFirst().orElseThrow();
	}

	private static ExperimentReport.Comparison comparison(ExperimentReport report, Metric metric) {
		return report.comparisons().stream().filter(c -> c.metric() == metric).findFirst().orElseThrow();
	}

}
