package dev.doorstep.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.doorstep.claim.ClaimMode;
import dev.doorstep.claim.ClaimSettings;
import dev.doorstep.claim.Claims;
import dev.doorstep.claim.ResolutionPolicy;
import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.experiment.Arm;
import dev.doorstep.experiment.Experiment;
import dev.doorstep.experiment.Experiments;
import dev.doorstep.experiment.NewExperiment;
import dev.doorstep.experiment.Target;
import dev.doorstep.packaging.Packaging;
import dev.doorstep.recommendation.Products;
import dev.doorstep.returns.NewReturn;
import dev.doorstep.returns.Resolution;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnPolicy;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.Returns;
import dev.doorstep.returns.label.Address;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderDraft;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.NewShipment;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.NewShop;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.shop.Shops;

/**
 * Seeds "Demo Outfitters" through the normal services (orders, shipments, events), and
 * keeps it alive with a new order now and then.
 */
@Component
class DemoSeeder {

	static final String SLUG = "demo-outfitters";

	static final String CONSOLE_EMAIL = "demo@doorstep.local";

	private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

	/** What seeding did; the password is known only when this run created the user. */
	record Seeded(Shop shop, @Nullable String password) {
	}

	private final Shops shops;

	private final Orders orders;

	private final Shipments shipments;

	private final ConsoleUsers users;

	private final Simulator simulator;

	private final DemoProperties properties;

	private final TransactionTemplate transactions;

	private final DeliveryPromises deliveries;

	private final Products products;

	private final Returns returns;

	private final Packaging packaging;

	private final Claims claims;

	private final Experiments experiments;

	private final Shoppers shoppers;

	DemoSeeder(Shops shops, Orders orders, Shipments shipments, ConsoleUsers users, Simulator simulator,
			DemoProperties properties, TransactionTemplate transactions, DeliveryPromises deliveries, Products products,
			Returns returns, Packaging packaging, Claims claims, Experiments experiments, Shoppers shoppers) {
		this.claims = claims;
		this.experiments = experiments;
		this.shoppers = shoppers;
		this.products = products;
		this.packaging = packaging;
		this.returns = returns;
		this.deliveries = deliveries;
		this.shops = shops;
		this.orders = orders;
		this.shipments = shipments;
		this.users = users;
		this.simulator = simulator;
		this.properties = properties;
		this.transactions = transactions;
	}

	/**
	 * A delivery guarantee for every order, the shopper choosing refund or reship, and
	 * claims up to 30 (order currency) approved at once, so the demo's claims reach every
	 * outcome.
	 */
	static final ClaimSettings CLAIM_SETTINGS = new ClaimSettings(ClaimMode.GUARANTEE, 7, 14,
			ResolutionPolicy.SHOPPER_CHOICE, new java.math.BigDecimal("30.00"));

	/**
	 * The demo's running experiment: does "You may also like" on the tracking page pay
	 * off? A fifth of the shoppers see no block (the holdout).
	 */
	static final NewExperiment EXPERIMENT = new NewExperiment("Cross-sell on the tracking page",
			new Target.PageModule("recommendations"), List.of(Arm.page("with", 1, true)), 0.2);

	/**
	 * The demo seeds only a brand-new installation: with the demo enabled and no shop at
	 * all, so it never mixes into a database someone already uses.
	 */
	static boolean shouldSeed(boolean enabled, boolean anyShopExists) {
		return enabled && !anyShopExists;
	}

	Optional<Seeded> seedIfFirstStart(Instant now) {
		if (!shouldSeed(this.properties.enabled(), this.shops.any())) {
			return Optional.empty();
		}
		return Optional.of(seed(now));
	}

	Optional<Shop> demoShop() {
		return this.shops.findBySlug(SLUG);
	}

	/**
	 * Creates the demo shop with its orders, parcels and console owner, all or nothing.
	 * Does nothing when the demo shop exists.
	 */
	Seeded seed(Instant now) {
		Seeded seeded = this.transactions.execute(status -> {
			Optional<Shop> existing = demoShop();
			if (existing.isPresent()) {
				return new Seeded(existing.get(), null);
			}
			Shop shop = this.shops.create(newShop());
			DemoData data = new DemoData(42);
			String password = data.password();
			UUID user = this.users.ensureUser(CONSOLE_EMAIL, "Demo Owner", password);
			this.users.grant(shop.id(), user, ShopRole.OWNER);
			// History first, so the parcels below get windows from the shop's own
			// deliveries.
			this.deliveries.importHistory(shop.id(), DemoHistory.deliveries(now, shop.timeZone(), 42));
			this.products.upsert(shop.id(), DemoData.catalogue());
			this.packaging.replaceBoxes(shop.id(), DemoData.boxes());
			this.returns.savePolicy(shop.id(), returnPolicy());
			this.claims.saveSettings(shop.id(), CLAIM_SETTINGS);
			// Before the first parcel: every shopper who opens a page meets it.
			Experiment experiment = this.experiments.create(shop.id(), EXPERIMENT);
			this.experiments.start(shop.id(), experiment.id());
			seedHistory(shop, now);
			int count = this.properties.orders();
			List<Order> placed = new java.util.ArrayList<>();
			for (int i = 0; i < count; i++) {
				Duration age = Duration.ofDays(14)
					.multipliedBy(count - i)
					.dividedBy(count)
					.minusMinutes(data.nextInt(300));
				placed.add(placeAndShip(shop, data, i, now.minus(age), now));
			}
			seedReturns(shop, placed);
			return new Seeded(shop, password);
		});
		if (seeded != null && seeded.password() != null) {
			log.info("Seeded the demo shop '{}' with {} orders", SLUG, this.properties.orders());
			// After the commit, so the shoppers' page visits find the parcels.
			this.shoppers.catchUp(seeded.shop().id(), this.simulator.all(seeded.shop().id()), now);
		}
		return seeded;
	}

	private static NewShop newShop() {
		String logo = "data:image/svg+xml;utf8,"
				+ "<svg xmlns='http://www.w3.org/2000/svg' width='160' height='40' viewBox='0 0 160 40'>"
				// Drawn for the brand-coloured header of the shopper pages: light on
				// green.
				+ "<rect width='40' height='40' rx='8' fill='%23f4a261'/>"
				+ "<path d='M10 28 L20 10 L30 28 Z' fill='%23ffffff'/>"
				+ "<text x='46' y='26' font-family='sans-serif' font-size='13' font-weight='700' fill='%23ffffff'>"
				+ "Demo Outfitters</text></svg>";
		return new NewShop(SLUG, "Demo Outfitters", new Shop.Brand(logo, "#2d6a4f", "#f4a261"), "en",
				List.of("en", "de"), ZoneId.of("Europe/Berlin"),
				new Shop.SupportContacts("support@demo-outfitters.example", "+49 30 5550 1234",
						"Mon–Fri 9:00–17:00 CET"),
				"https://demo-outfitters.example");
	}

	/**
	 * One order: the most recent ones and every tenth are not shipped yet; every seventh
	 * with more than one unit goes out in two parcels.
	 */
	private Order placeAndShip(Shop shop, DemoData data, int index, Instant placedAt, Instant now) {
		DemoData.DemoOrder demo = data.order("demo-" + (index + 1), "DO-" + (10001 + index), placedAt);
		Order order = this.orders.place(shop.id(), demo.draft()).order();
		Duration age = Duration.between(placedAt, now);
		if (age.compareTo(Duration.ofHours(6)) < 0 || index % 10 == 7) {
			return order;
		}
		Instant shippedAt = placedAt.plus(Duration.ofHours(2 + data.nextInt(6)));
		List<List<Shipment.Item>> parcels = split(order, index % 7 == 3);
		for (int p = 0; p < parcels.size(); p++) {
			CarrierCode carrier = new CarrierCode(
					data.nextInt(100) < 15 ? "simulated" : demo.carriers().get(data.nextInt(demo.carriers().size())));
			Instant parcelShippedAt = shippedAt.plus(Duration.ofHours(p * 20L));
			if (parcelShippedAt.isAfter(now)) {
				continue;
			}
			Scenario scenario = Scenario.pick(data.nextInt(1000));
			Shipment shipment = this.shipments
				.create(shop.id(), order.id(),
						new NewShipment(carrier, data.trackingNumber(carrier), "Standard", parcels.get(p),
								parcelShippedAt, new Shipment.Origin("04109", "DE"),
								parcelShippedAt.atZone(ZoneOffset.UTC).toLocalDate().plusDays(3)))
				.shipment();
			this.simulator.replayHistory(shipment, scenario, parcelShippedAt, now, now.plusSeconds(2L + index % 30));
		}
		return order;
	}

	/** Orders of the months before the demo's moving parcels. */
	static final int HISTORY_ORDERS = 80;

	/**
	 * Four months of earlier orders, long delivered (no parcels to move), placed through
	 * the order API like any other, so insights hears of them as {@code OrderPlaced}:
	 * every third comes from an earlier customer, which gives the repurchase rate
	 * something to show on the first start.
	 */
	private void seedHistory(Shop shop, Instant now) {
		DemoData data = new DemoData(7);
		List<OrderDraft> earlier = new ArrayList<>();
		for (int i = 0; i < HISTORY_ORDERS; i++) {
			Instant placedAt = now.minus(Duration.ofDays(120))
				.plus(Duration.ofDays(105).multipliedBy(i).dividedBy(HISTORY_ORDERS))
				.plusSeconds(data.nextInt(36_000));
			OrderDraft draft = data.order("demo-history-" + (i + 1), "DO-H" + (5001 + i), placedAt).draft();
			if (!earlier.isEmpty() && data.nextInt(3) == 0) {
				OrderDraft before = earlier.get(data.nextInt(earlier.size()));
				draft = new OrderDraft(draft.externalId(), draft.orderNumber(), placedAt, draft.currency(),
						before.locale(), before.customer(), before.shippingAddress(), draft.items(), draft.total(),
						false);
			}
			earlier.add(draft);
			Order order = this.orders.place(shop.id(), draft).order();
			this.orders.recordFulfilment(shop.id(), order.id(), OrderStatus.DELIVERED);
		}
	}

	/**
	 * Free returns from Germany and Austria, 4.95 € for a printed label elsewhere in the
	 * EU; the shop reviews each request, so the console's queue has work.
	 */
	private static ReturnPolicy returnPolicy() {
		return new ReturnPolicy(30, java.util.Map.of("cosmetics", 14), java.util.Set.of("gift-cards"), List.of(
				new ReturnPolicy.Zone("Germany and Austria", java.util.Set.of("DE", "AT"), null, java.util.Map.of()),
				new ReturnPolicy.Zone("EU", java.util.Set.of("FR", "NL", "BE", "IT", "ES", "PL", "DK", "SE"), null,
						java.util.Map.of(ReturnMethod.PRINTED_LABEL, new java.math.BigDecimal("4.95"))),
				new ReturnPolicy.Zone("UK and US", java.util.Set.of("GB", "US"), 14,
						java.util.Map.of(ReturnMethod.PRINTED_LABEL, new java.math.BigDecimal("9.95")))),
				java.util.EnumSet.of(ReturnMethod.QR_DROP_OFF, ReturnMethod.PRINTED_LABEL, ReturnMethod.STORE_DROP_OFF),
				java.util.Map.of(), java.util.Map.of(ReturnReason.CHANGED_MIND, new java.math.BigDecimal("2.00")),
				java.util.Set.of(ReturnReason.DAMAGED), false, true, true, true, 10, new java.math.BigDecimal("10.00"),
				List.of(new ReturnPolicy.Store("berlin-mitte", "Demo Outfitters Berlin Mitte",
						"Torstraße 110, 10119 Berlin", "Mon–Sat 10:00–20:00")),
				new Address("Demo Outfitters Returns", "Lagerweg 12", null, "04109", "Leipzig", "DE"));
	}

	/**
	 * A few returns in different states, so the queue and the portal have something to
	 * show.
	 */
	private void seedReturns(Shop shop, List<Order> placed) {
		int made = 0;
		for (int i = 0; i < placed.size() && made < 4; i += 5) {
			Order order = placed.get(i);
			Order.LineItem item = order.items().getFirst();
			boolean exchange = made % 2 == 0 && !this.products.otherVariants(shop.id(), item.sku()).isEmpty();
			NewReturn.Line line = new NewReturn.Line(item.sku(), 1,
					exchange ? ReturnReason.TOO_SMALL : ReturnReason.CHANGED_MIND, null,
					exchange ? Resolution.EXCHANGE : Resolution.REFUND,
					exchange ? this.products.otherVariants(shop.id(), item.sku()).getLast().sku() : null, List.of());
			Returns.CreateResult result = this.returns.create(shop.id(), order.id(),
					new NewReturn(List.of(line), ReturnMethod.QR_DROP_OFF, null, "demo-" + i,
							java.util.Locale.forLanguageTag(order.locale() == null ? "en" : order.locale())));
			if (result instanceof Returns.CreateResult.Created created) {
				if (made % 2 == 1) {
					this.returns.approve(shop.id(), created.request().id());
				}
				made++;
			}
		}
	}

	/** One parcel with everything, or the first line apart from the rest. */
	private static List<List<Shipment.Item>> split(Order order, boolean twoParcels) {
		List<Shipment.Item> all = order.items()
			.stream()
			.map(item -> new Shipment.Item(item.sku(), item.quantity()))
			.toList();
		if (!twoParcels || order.totalQuantity() < 2) {
			return List.of(all);
		}
		if (all.size() == 1) {
			Shipment.Item only = all.get(0);
			Shipment.Item first = new Shipment.Item(only.sku(), 1);
			Shipment.Item rest = new Shipment.Item(only.sku(), only.quantity() - 1);
			return List.of(List.of(first), List.of(rest));
		}
		return List.of(List.of(all.get(0)), new ArrayList<>(all.subList(1, all.size())));
	}

	/**
	 * Keeps the console and pages moving: while the demo shop has fewer moving parcels
	 * than the cap, one new order is placed and shipped at once.
	 */
	boolean topUp(Instant now) {
		if (!this.properties.enabled()) {
			return false;
		}
		Optional<Shop> shop = demoShop();
		if (shop.isEmpty() || this.simulator.activeParcels(shop.get().id()) >= this.properties.activeParcelCap()) {
			return false;
		}
		DemoData data = new DemoData(now.toEpochMilli());
		String number = "DO-L" + (now.getEpochSecond() % 10_000_000);
		Order order = this.orders
			.place(shop.get().id(), data.order("demo-live-" + now.toEpochMilli(), number, now).draft())
			.order();
		CarrierCode carrier = data.nextInt(3) == 0 ? CarrierCode.SIMULATED
				: new CarrierCode(List.of("dhl", "dpd", "gls", "hermes", "ups").get(data.nextInt(5)));
		Shipment shipment = this.shipments
			.create(shop.get().id(), order.id(),
					new NewShipment(carrier, data.trackingNumber(carrier), "Standard", List.of(), now,
							new Shipment.Origin("04109", "DE"), now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(2)))
			.shipment();
		this.simulator.register(shipment, Scenario.pick(data.nextInt(1000)), now);
		return true;
	}

}
