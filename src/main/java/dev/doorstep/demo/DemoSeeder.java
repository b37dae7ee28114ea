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

import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.order.Order;
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

	DemoSeeder(Shops shops, Orders orders, Shipments shipments, ConsoleUsers users, Simulator simulator,
			DemoProperties properties, TransactionTemplate transactions, DeliveryPromises deliveries) {
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
			int count = this.properties.orders();
			for (int i = 0; i < count; i++) {
				Duration age = Duration.ofDays(14)
					.multipliedBy(count - i)
					.dividedBy(count)
					.minusMinutes(data.nextInt(300));
				placeAndShip(shop, data, i, now.minus(age), now);
			}
			return new Seeded(shop, password);
		});
		if (seeded != null && seeded.password() != null) {
			log.info("Seeded the demo shop '{}' with {} orders", SLUG, this.properties.orders());
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
	private void placeAndShip(Shop shop, DemoData data, int index, Instant placedAt, Instant now) {
		DemoData.DemoOrder demo = data.order("demo-" + (index + 1), "DO-" + (10001 + index), placedAt);
		Order order = this.orders.place(shop.id(), demo.draft()).order();
		Duration age = Duration.between(placedAt, now);
		if (age.compareTo(Duration.ofHours(6)) < 0 || index % 10 == 7) {
			return;
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
