package dev.doorstep.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.doorstep.feedback.Reviews;
import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentCreated;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.TrackingUpdate;
import dev.doorstep.shipment.TrackingUpdateResult;
import dev.doorstep.shop.ShopId;

/**
 * The built-in simulated carrier: moves registered parcels step by step through their
 * {@link Scenario}, recording every step through {@link Shipments} like a carrier would.
 * Each step's event carries a stable external id, so replaying a step adds nothing.
 */
@Component
class Simulator {

	private static final Logger log = LoggerFactory.getLogger(Simulator.class);

	/** Sorting hub of each carrier, where the middle of the journey happens. */
	private static final Map<String, TrackingEvent.Location> HUBS = Map.of("dhl",
			new TrackingEvent.Location("Leipzig", "04435", "DE"), "dpd",
			new TrackingEvent.Location("Aschaffenburg", "63741", "DE"), "gls",
			new TrackingEvent.Location("Neuenstein", "36286", "DE"), "hermes",
			new TrackingEvent.Location("Haldensleben", "39340", "DE"), "ups",
			new TrackingEvent.Location("Köln", "50679", "DE"), "postnl",
			new TrackingEvent.Location("Nieuwegein", "3430", "NL"), "royal-mail",
			new TrackingEvent.Location("Warrington", "WA5", "GB"), "usps",
			new TrackingEvent.Location("Chicago", "60607", "US"));

	private static final TrackingEvent.Location DEFAULT_HUB = new TrackingEvent.Location("Kassel", "34123", "DE");

	/** The shop's warehouse. */
	static final TrackingEvent.Location ORIGIN = new TrackingEvent.Location("Leipzig", "04109", "DE");

	/** A simulated parcel's progress. */
	record Parcel(ShopId shopId, ShipmentId shipmentId, Scenario scenario, boolean customs, int step,
			@Nullable Instant nextStepAt) {

		boolean finished() {
			return this.nextStepAt == null;
		}

	}

	private final JdbcClient jdbc;

	private final Shipments shipments;

	private final Orders orders;

	private final DemoProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Reviews reviews;

	private final Shoppers shoppers;

	Simulator(JdbcClient jdbc, Shipments shipments, Orders orders, DemoProperties properties,
			TransactionTemplate transactions, Clock clock, Reviews reviews, Shoppers shoppers) {
		this.shoppers = shoppers;
		this.reviews = reviews;
		this.jdbc = jdbc;
		this.shipments = shipments;
		this.orders = orders;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Any shop's parcel with the carrier {@code simulated} is driven by the simulator, so
	 * API users can watch a parcel move without a real carrier.
	 */
	@ApplicationModuleListener
	void on(ShipmentCreated created) {
		if (!created.carrier().equals(CarrierCode.SIMULATED)) {
			return;
		}
		Shipment shipment = this.shipments.get(created.shopId(), created.shipmentId());
		register(shipment, Scenario.forTrackingNumber(shipment.trackingNumber()), this.clock.instant());
	}

	/**
	 * Starts the scenario now; the first step is due at once. A parcel already registered
	 * keeps its scenario.
	 */
	void register(Shipment shipment, Scenario scenario, Instant now) {
		Order order = this.orders.get(shipment.shopId(), shipment.orderId());
		boolean customs = Scenario.needsCustoms(country(order));
		insert(new Parcel(shipment.shopId(), shipment.id(), scenario, customs, 0, now), now);
	}

	/**
	 * Starts the scenario as if it had begun at {@code startedAt} in real (not
	 * accelerated) time: the steps that would have happened by {@code now} are recorded
	 * back-dated, and the rest is left to {@link #advance}, starting at {@code resumeAt}.
	 */
	void replayHistory(Shipment shipment, Scenario scenario, Instant startedAt, Instant now, Instant resumeAt) {
		Order order = this.orders.get(shipment.shopId(), shipment.orderId());
		boolean customs = Scenario.needsCustoms(country(order));
		List<Scenario.Step> steps = scenario.steps(customs);
		Instant at = startedAt;
		int step = 0;
		for (; step < steps.size(); step++) {
			at = at.plus(steps.get(step).after());
			if (at.isAfter(now)) {
				break;
			}
			record(shipment.shopId(), shipment.id(), order, steps, step, at);
		}
		Instant next = step < steps.size() ? resumeAt : null;
		insert(new Parcel(shipment.shopId(), shipment.id(), scenario, customs, step, next), now);
	}

	private void insert(Parcel parcel, Instant now) {
		// The simulator is this parcel's carrier: real carriers would not know its
		// number.
		this.shipments.stopPolling(parcel.shopId(), parcel.shipmentId(), "demo");
		this.jdbc.sql("""
				INSERT INTO demo_parcel (shop_id, shipment_id, scenario, customs, step, next_step_at, created_at)
				VALUES (:shop, :shipment, :scenario, :customs, :step, :next, :now)
				ON CONFLICT (shop_id, shipment_id) DO NOTHING
				""")
			.param("shop", parcel.shopId().value())
			.param("shipment", parcel.shipmentId().value())
			.param("scenario", parcel.scenario().name())
			.param("customs", parcel.customs())
			.param("step", parcel.step())
			.param("next", parcel.nextStepAt() == null ? null : Timestamp.from(parcel.nextStepAt()))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Advances every parcel whose next step is due, in batches of
	 * {@code doorstep.demo.batch-size}. Returns how many steps were taken.
	 */
	int advance(Instant now) {
		return advance(now, this.properties.enabled());
	}

	/**
	 * Advances every due parcel; with {@code shoppersAct}, the demo shop's shoppers then
	 * react to their parcels' steps ({@link Shoppers}). The heartbeat lets them act only
	 * while the demo is on: with {@code DOORSTEP_DEMO=false} the demo shop's parcels
	 * still move, but nobody places orders or files claims in it any more.
	 */
	int advance(Instant now, boolean shoppersAct) {
		int total = 0;
		for (ShopId shop : shopsWithDueParcels(now)) {
			int taken;
			do {
				List<Shoppers.Step> steps = new java.util.ArrayList<>();
				Integer batch = this.transactions.execute(status -> advanceBatch(shop, now, steps));
				taken = batch == null ? 0 : batch;
				total += taken;
				// After the commit: the demo's shoppers open pages that show these steps.
				if (shoppersAct) {
					this.shoppers.afterSteps(shop, steps, now);
				}
			}
			while (taken >= this.properties.batchSize());
		}
		return total;
	}

	/**
	 * Shops with due parcels; the scheduler serves every tenant, then works shop by shop.
	 */
	private List<ShopId> shopsWithDueParcels(Instant now) {
		return this.jdbc.sql("SELECT DISTINCT shop_id FROM demo_parcel WHERE next_step_at <= :now")
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new ShopId(rs.getObject("shop_id", UUID.class)))
			.list();
	}

	private int advanceBatch(ShopId shop, Instant now, List<Shoppers.Step> taken) {
		// SKIP LOCKED: a second node (or an overlapping run) takes other parcels, never
		// the same step twice.
		List<Parcel> due = this.jdbc.sql("""
				SELECT shop_id, shipment_id, scenario, customs, step, next_step_at FROM demo_parcel
				WHERE shop_id = :shop AND next_step_at <= :now
				ORDER BY next_step_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""")
			.param("shop", shop.value())
			.param("now", Timestamp.from(now))
			.param("limit", this.properties.batchSize())
			.query((rs, row) -> new Parcel(new ShopId(rs.getObject("shop_id", UUID.class)),
					new ShipmentId(rs.getObject("shipment_id", UUID.class)), Scenario.valueOf(rs.getString("scenario")),
					rs.getBoolean("customs"), rs.getInt("step"), rs.getTimestamp("next_step_at").toInstant()))
			.list();
		for (Parcel parcel : due) {
			takeStep(parcel, now).ifPresent(taken::add);
		}
		return due.size();
	}

	private Optional<Shoppers.Step> takeStep(Parcel parcel, Instant now) {
		List<Scenario.Step> steps = parcel.scenario().steps(parcel.customs());
		Optional<Shipment> shipment = this.shipments.find(parcel.shopId(), parcel.shipmentId());
		Optional<Shoppers.Step> taken = Optional.empty();
		if (shipment.isPresent() && parcel.step() < steps.size()) {
			Order order = this.orders.get(parcel.shopId(), shipment.get().orderId());
			record(parcel.shopId(), parcel.shipmentId(), order, steps, parcel.step(), now);
			Scenario.Step step = steps.get(parcel.step());
			taken = Optional.of(new Shoppers.Step(parcel.shipmentId(), parcel.scenario(), parcel.step(), step.status(),
					step.subStatus()));
		}
		int next = parcel.step() + 1;
		Instant nextAt = (shipment.isPresent() && next < steps.size())
				? now.plus(this.properties.realTime(steps.get(next).after())) : null;
		this.jdbc.sql("""
				UPDATE demo_parcel SET step = :step, next_step_at = :next
				WHERE shop_id = :shop AND shipment_id = :shipment
				""")
			.param("step", next)
			.param("next", nextAt == null ? null : Timestamp.from(nextAt))
			.param("shop", parcel.shopId().value())
			.param("shipment", parcel.shipmentId().value())
			.update();
		if (nextAt == null) {
			log.debug("Simulated parcel {} finished its {} scenario", parcel.shipmentId(), parcel.scenario());
		}
		return taken;
	}

	/**
	 * Records one step as a carrier event. The external id is derived from the parcel and
	 * step, so recording the same step again is recognized as a duplicate.
	 */
	TrackingUpdateResult record(ShopId shop, ShipmentId shipment, Order order, List<Scenario.Step> steps, int index,
			Instant at) {
		Scenario.Step step = steps.get(index);
		Shipment parcel = this.shipments.get(shop, shipment);
		TrackingEvent.Location location = switch (step.place()) {
			case ORIGIN -> ORIGIN;
			case HUB -> HUBS.getOrDefault(parcel.carrier().value(), DEFAULT_HUB);
			case DESTINATION, PARCEL_SHOP -> destination(order);
		};
		String description = step.description(german(order));
		if (step.place() == Scenario.Place.PARCEL_SHOP && location.city() != null) {
			description = description + " (" + location.city() + ")";
		}
		TrackingUpdate update = new TrackingUpdate(at, step.status(), step.subStatus(), null, description, location,
				"demo-" + shipment.value() + "-" + index);
		TrackingUpdateResult result = this.shipments.record(shop, shipment, List.of(update));
		if (step.status() == TrackingStatus.DELIVERED) {
			rate(this.shipments.get(shop, shipment));
		}
		return result;
	}

	/**
	 * Some shoppers rate their delivery on the tracking page, as real ones would (through
	 * the feedback module, so insights hears of it as {@code DeliveryRated}): 45 % of
	 * parcels, mostly 4 and 5 stars. The parcel's id decides, so a replay rates the same.
	 */
	private void rate(Shipment delivered) {
		int roll = Math.floorMod(delivered.id().value().hashCode(), 100);
		if (roll >= 45) {
			return;
		}
		int csat = (roll < 22) ? 5 : (roll < 35) ? 4 : (roll < 40) ? 3 : (roll < 43) ? 2 : 1;
		this.reviews.rateParcel(delivered, csat, null);
	}

	Optional<Parcel> find(ShopId shop, ShipmentId shipment) {
		return this.jdbc.sql("""
				SELECT shop_id, shipment_id, scenario, customs, step, next_step_at FROM demo_parcel
				WHERE shop_id = :shop AND shipment_id = :shipment
				""")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.query((rs, row) -> parcel(shop, rs))
			.optional();
	}

	private static Parcel parcel(ShopId shop, java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp next = rs.getTimestamp("next_step_at");
		return new Parcel(shop, new ShipmentId(rs.getObject("shipment_id", UUID.class)),
				Scenario.valueOf(rs.getString("scenario")), rs.getBoolean("customs"), rs.getInt("step"),
				(next != null) ? next.toInstant() : null);
	}

	List<ShipmentId> parcels(ShopId shop) {
		return this.jdbc.sql("SELECT shipment_id FROM demo_parcel WHERE shop_id = :shop ORDER BY created_at")
			.param("shop", shop.value())
			.query((rs, row) -> new ShipmentId(rs.getObject("shipment_id", UUID.class)))
			.list();
	}

	/** The shop's simulated parcels with where they stand, oldest first. */
	List<Parcel> all(ShopId shop) {
		return this.jdbc.sql("""
				SELECT shop_id, shipment_id, scenario, customs, step, next_step_at FROM demo_parcel
				WHERE shop_id = :shop ORDER BY created_at
				""").param("shop", shop.value()).query((rs, row) -> parcel(shop, rs)).list();
	}

	int activeParcels(ShopId shop) {
		return this.jdbc.sql("SELECT count(*) FROM demo_parcel WHERE shop_id = :shop AND next_step_at IS NOT NULL")
			.param("shop", shop.value())
			.query(Integer.class)
			.single();
	}

	/** Steps of a scenario as the simulator runs them for this parcel. */
	static List<Scenario.Step> stepsFor(Parcel parcel) {
		return parcel.scenario().steps(parcel.customs());
	}

	/** Real time the whole scenario takes at the configured time scale. */
	Duration realDuration(Scenario scenario, boolean customs) {
		Duration simulated = scenario.steps(customs)
			.stream()
			.map(Scenario.Step::after)
			.reduce(Duration.ZERO, Duration::plus);
		return this.properties.realTime(simulated);
	}

	private static @Nullable String country(Order order) {
		return order.shippingAddress() == null ? null : order.shippingAddress().country();
	}

	private static boolean german(Order order) {
		String country = country(order);
		return country != null && List.of("DE", "AT", "CH").contains(country);
	}

	private static TrackingEvent.Location destination(Order order) {
		Order.Address address = order.shippingAddress();
		if (address == null) {
			return DEFAULT_HUB;
		}
		return new TrackingEvent.Location(address.city(), address.postcode(), address.country());
	}

}
