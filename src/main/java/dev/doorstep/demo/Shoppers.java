package dev.doorstep.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.ClaimStatus;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Claims;
import dev.doorstep.claim.FileResult;
import dev.doorstep.claim.NewClaim;
import dev.doorstep.claim.Resolution;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderDraft;
import dev.doorstep.order.Orders;
import dev.doorstep.recommendation.ClickLinks;
import dev.doorstep.recommendation.Product;
import dev.doorstep.recommendation.Products;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.NewShipment;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;

/**
 * The demo shop's simulated shoppers and merchant, so its insights and experiment fill up
 * the way a real shop's do, through the same public paths and services:
 * <ul>
 * <li>shoppers open their parcel's tracking page ({@code GET /t/{token}} on this server,
 * over loopback) when it moves, more often when it is late or in trouble (the "where is
 * my order?" behaviour), so the page's own view counter and experiment gate see
 * them;</li>
 * <li>some click a "You may also like" product on the page (its signed {@code /go/}
 * link), and some of those order it ({@link Orders#place}), which the recommendation
 * module credits to the click;</li>
 * <li>shoppers of lost and damaged parcels file a claim ({@link Claims#file}), and the
 * merchant approves, rejects and resolves most of them after a while.</li>
 * </ul>
 * Only the demo shop's shoppers act: other shops' parcels with the simulated carrier are
 * only moved. Every choice is a pure function of the parcel's id and step, so a replay
 * chooses the same.
 */
@Component
class Shoppers {

	private static final Logger log = LoggerFactory.getLogger(Shoppers.class);

	/** How long the merchant leaves a new claim before deciding it. */
	static final Duration DECISION_DELAY = Duration.ofMinutes(2);

	/**
	 * Share (%) of steps after which a shopper who opens a page with recommendations
	 * clicks one.
	 */
	static final int CLICK_PERCENT = 20;

	/** Share (%) of the parcels' clickers who order the clicked product. */
	static final int ORDER_PERCENT = 50;

	/** Signed recommendation links as the tracking page writes them. */
	private static final Pattern GO_LINK = Pattern.compile("/go/([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** One step the simulator just recorded for a parcel. */
	record Step(ShipmentId shipmentId, Scenario scenario, int index, TrackingStatus status, String subStatus) {
	}

	private final Shops shops;

	private final Shipments shipments;

	private final Orders orders;

	private final Claims claims;

	private final Products products;

	private final ClickLinks links;

	private final Environment environment;

	private final Clock clock;

	Shoppers(Shops shops, Shipments shipments, Orders orders, Claims claims, Products products, ClickLinks links,
			Environment environment, Clock clock) {
		this.clock = clock;
		this.shops = shops;
		this.shipments = shipments;
		this.orders = orders;
		this.claims = claims;
		this.products = products;
		this.links = links;
		this.environment = environment;
	}

	/** Whether the shop is the demo shop, whose shoppers act. */
	boolean isDemo(ShopId shop) {
		return this.shops.find(shop).map(Shop::slug).filter(DemoSeeder.SLUG::equals).isPresent();
	}

	/**
	 * After the simulator's steps were committed: the shoppers react to their parcels,
	 * then the merchant works through the claims that waited long enough.
	 */
	void afterSteps(ShopId shop, List<Step> steps, Instant now) {
		if (steps.isEmpty() || !isDemo(shop)) {
			return;
		}
		for (Step step : steps) {
			try {
				react(shop, step, now);
			}
			catch (RuntimeException ex) {
				// A shopper's visit must never stop the carrier's heartbeat.
				log.debug("Demo shopper of parcel {} did nothing: {}", step.shipmentId(), ex.toString());
			}
		}
		decideClaims(shop, now.minus(DECISION_DELAY));
	}

	/**
	 * Right after seeding: the shoppers of parcels moved before "now" have looked at
	 * their pages and filed their claims, and the merchant decided those claims, so the
	 * dashboard has all of it from the first start.
	 */
	void catchUp(ShopId shop, List<Simulator.Parcel> parcels, Instant now) {
		for (Simulator.Parcel parcel : parcels) {
			Optional<Shipment> shipment = this.shipments.find(shop, parcel.shipmentId());
			if (shipment.isEmpty() || shipment.get().status() == TrackingStatus.PENDING) {
				continue;
			}
			String subStatus = (shipment.get().subStatus() != null) ? shipment.get().subStatus() : "";
			try {
				react(shop, new Step(parcel.shipmentId(), parcel.scenario(), -1, shipment.get().status(), subStatus),
						now);
			}
			catch (RuntimeException ex) {
				log.debug("Demo shopper of parcel {} did nothing: {}", parcel.shipmentId(), ex.toString());
			}
		}
		decideClaims(shop, now.plusSeconds(1));
	}

	private void react(ShopId shop, Step step, Instant now) {
		Shipment shipment = this.shipments.get(shop, step.shipmentId());
		int views = views(step.status(), late(shipment, now), roll(shipment.id(), step.index(), "views"));
		for (int view = 0; view < views; view++) {
			Optional<String> page = get(TrackingLinks.path(shipment));
			if (page.isPresent() && view == 0 && roll(shipment.id(), step.index(), "click") < CLICK_PERCENT) {
				click(shop, shipment, page.get(), now);
			}
		}
		fileClaim(shop, step, shipment);
	}

	/**
	 * How often the shopper opens the page after a step: rarely while all goes well, when
	 * it is out for delivery, and two to four times when it is late or in trouble (the
	 * "where is my order?" proxy the insights and experiment reports read).
	 * @param roll 0 to 99
	 */
	static int views(TrackingStatus status, boolean late, int roll) {
		boolean trouble = status == TrackingStatus.ATTEMPT_FAIL || status == TrackingStatus.EXCEPTION
				|| status == TrackingStatus.AVAILABLE_FOR_PICKUP;
		if (trouble || (late && !status.isTerminal())) {
			return 2 + roll % 3;
		}
		return switch (status) {
			case OUT_FOR_DELIVERY -> (roll < 70) ? 1 : 2;
			case DELIVERED -> (roll < 40) ? 1 : 0;
			case INFO_RECEIVED, IN_TRANSIT -> (roll < 30) ? 1 : 0;
			default -> 0;
		};
	}

	/** Past its promised day and not there yet. */
	static boolean late(Shipment shipment, Instant now) {
		LocalDate promised = shipment.promisedDeliveryDate();
		return promised != null && !shipment.delivered() && LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(promised);
	}

	/** 0 to 99, the same for the same parcel, step and choice. */
	static int roll(ShipmentId shipment, int step, String choice) {
		return Math.floorMod((shipment.value() + "/" + step + "/" + choice).hashCode(), 100);
	}

	/**
	 * Clicks a recommended product on the page, as the shopper's browser would (the
	 * redirect to the shop is not followed); half of the clickers order it.
	 */
	private void click(ShopId shop, Shipment shipment, String page, Instant now) {
		Matcher link = GO_LINK.matcher(page);
		if (!link.find()) {
			return;
		}
		Optional<ClickLinks.Click> click = this.links.verify(link.group(1), link.group(2));
		Optional<Integer> status = status(link.group());
		if (click.isEmpty() || status.isEmpty() || status.get() != 303) {
			return;
		}
		if (roll(shipment.id(), 0, "order") < ORDER_PERCENT) {
			reorder(shop, shipment, click.get().sku(), now);
		}
	}

	/**
	 * The shopper orders the clicked product (one unit, in their order's currency) and
	 * the shop ships it with the simulated carrier, which then moves it like any other.
	 */
	private void reorder(ShopId shop, Shipment shipment, String sku, Instant now) {
		Order earlier = this.orders.get(shop, shipment.orderId());
		Optional<Product> product = this.products.find(shop, sku);
		if (product.isEmpty()) {
			return;
		}
		String externalId = "demo-reorder-" + shipment.id().value();
		if (this.orders.findByExternalId(shop, externalId).isPresent()) {
			return;
		}
		BigDecimal price = DemoData.inCurrency(product.get().price(), earlier.currency());
		String key = shipment.id().value().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
		// Never before the click it follows (the click is stamped with the clock).
		Instant placedAt = now.isAfter(this.clock.instant()) ? now : this.clock.instant();
		OrderDraft draft = new OrderDraft(externalId, "DO-R" + key, placedAt, earlier.currency(), earlier.locale(),
				earlier.customer(), earlier.shippingAddress(), List.of(new Order.LineItem(sku, product.get().name(),
						product.get().category(), product.get().variant(), 1, price, null, null)),
				price);
		Order order = this.orders.place(shop, draft).order();
		if (this.shipments.forOrder(shop, order.id()).isEmpty()) {
			this.shipments.create(shop, order.id(),
					new NewShipment(CarrierCode.SIMULATED, "DX-R" + key, "Standard", List.of(), placedAt,
							new Shipment.Origin("04109", "DE"),
							placedAt.atZone(ZoneOffset.UTC).toLocalDate().plusDays(2)));
		}
	}

	/**
	 * The shopper of a lost parcel claims it once the carrier says so; the shopper of a
	 * damaged one claims one item with a photo once it is delivered.
	 */
	private void fileClaim(ShopId shop, Step step, Shipment shipment) {
		boolean lost = step.scenario() == Scenario.LOST && step.status() == TrackingStatus.EXCEPTION
				&& "EXCEPTION_LOST".equals(step.subStatus());
		boolean damaged = step.scenario() == Scenario.DAMAGED && step.status() == TrackingStatus.DELIVERED;
		if (!lost && !damaged || !this.claims.forShipment(shop, shipment.id()).isEmpty()) {
			return;
		}
		Resolution preferred = (roll(shipment.id(), 0, "resolution") < 60) ? Resolution.REFUND : Resolution.RESHIP;
		NewClaim claim;
		if (lost) {
			claim = new NewClaim(ClaimType.LOST, Map.of(), "The tracking says the parcel is lost.", false, null,
					preferred, List.of());
		}
		else {
			Order order = this.orders.get(shop, shipment.orderId());
			String sku = shipment.items().isEmpty() ? order.items().getFirst().sku()
					: shipment.items().getFirst().sku();
			claim = new NewClaim(ClaimType.DAMAGED, Map.of(sku, 1),
					"The box was crushed and the item inside is broken.", false, null, preferred,
					List.of(new NewClaim.Upload("box.png", photo())));
		}
		FileResult result = this.claims.file(shop, shipment.id(), claim);
		if (!(result instanceof FileResult.Filed)) {
			log.debug("Demo claim for parcel {} not filed: {}", shipment.id(), result);
		}
	}

	/**
	 * The merchant's round through the claims queue: claims filed before {@code cutoff}
	 * are mostly approved, some rejected and a few left for later; approved claims are
	 * mostly resolved (the shopper's preferred refund or reship).
	 */
	void decideClaims(ShopId shop, Instant cutoff) {
		for (Claim claim : this.claims.list(shop, ClaimStatus.FILED, null)) {
			if (claim.createdAt().isAfter(cutoff)) {
				continue;
			}
			int roll = Math.floorMod(claim.id().value().hashCode(), 100);
			if (roll < 15) {
				continue;
			}
			if (roll < 35) {
				this.claims.reject(shop, claim.id(),
						"The carrier's proof of delivery shows the parcel intact; please contact us with more photos.",
						"demo merchant");
			}
			else {
				this.claims.approve(shop, claim.id(), "demo merchant");
			}
		}
		for (Claim claim : this.claims.list(shop, ClaimStatus.APPROVED, null)) {
			if (claim.updatedAt().isAfter(cutoff) || Math.floorMod(claim.id().value().hashCode(), 100) >= 85) {
				continue;
			}
			Order order = this.orders.get(shop, claim.orderId());
			BigDecimal refund = claim.value().min(order.total());
			boolean reship = claim.preferredResolution() == Resolution.RESHIP || refund.signum() <= 0;
			this.claims.resolve(shop, claim.id(), reship ? Resolution.RESHIP : Resolution.REFUND,
					reship ? null : refund, "demo merchant");
		}
	}

	/**
	 * Opens a page of this server as a shopper's browser would; empty when the server's
	 * port is unknown (no web server) or the page did not answer 200.
	 */
	private Optional<String> get(String path) {
		Optional<HttpResponse<String>> response = send(path);
		return response.filter(r -> r.statusCode() == 200).map(HttpResponse::body);
	}

	private Optional<Integer> status(String path) {
		return send(path).map(HttpResponse::statusCode);
	}

	private Optional<HttpResponse<String>> send(String path) {
		@Nullable String base = baseUrl();
		if (base == null) {
			return Optional.empty();
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(5))
			.header("User-Agent", "Doorstep demo shopper")
			.header("Accept-Language", "en")
			.GET()
			.build();
		try {
			return Optional.of(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			log.debug("Demo shopper could not open {}: {}", path, ex.toString());
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/**
	 * This server over loopback: the port it listens on once started; none before (or
	 * without a web server) or behind TLS of its own, where the visits are left out.
	 */
	private @Nullable String baseUrl() {
		String port = this.environment.getProperty("local.server.port");
		if (port == null || this.environment.getProperty("server.ssl.enabled", Boolean.class, false)) {
			return null;
		}
		return "http://127.0.0.1:" + port;
	}

	private static volatile byte @Nullable [] photo;

	/** A small PNG of a dented brown box: the evidence a damage claim needs. */
	static byte[] photo() {
		byte[] drawn = photo;
		if (drawn != null) {
			return drawn;
		}
		BufferedImage image = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xf1, 0xf5, 0xf9));
		g.fillRect(0, 0, 120, 90);
		g.setColor(new Color(0xb0, 0x83, 0x4f));
		g.fillPolygon(new int[] { 15, 105, 100, 70, 60, 20 }, new int[] { 25, 20, 80, 70, 85, 78 }, 6);
		g.setColor(new Color(0x5c, 0x40, 0x1f));
		g.drawLine(60, 20, 65, 85);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		photo = out.toByteArray();
		return photo;
	}

}
