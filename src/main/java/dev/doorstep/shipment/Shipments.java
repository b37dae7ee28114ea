package dev.doorstep.shipment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.ConflictException;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shipment.internal.DedupKeys;
import dev.doorstep.shipment.internal.Legs;
import dev.doorstep.runtime.PublicTokens;
import dev.doorstep.shipment.internal.ShipmentProperties;
import dev.doorstep.shipment.internal.ShipmentRepository;
import dev.doorstep.shipment.internal.SubStatusCatalog;
import dev.doorstep.shipment.internal.TimelineFold;
import dev.doorstep.shipment.internal.TrackingEventRepository;
import dev.doorstep.shipment.internal.TrackingLegRepository;
import dev.doorstep.shop.ShopId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates shipments and folds carrier events into their status. Every method takes the
 * shop; only {@link #findByToken} does not, because a public token is its own
 * authorization.
 */
@Service
public class Shipments {

	private final ShipmentRepository shipments;

	private final TrackingEventRepository events;

	private final SubStatusCatalog subStatuses;

	private final Orders orders;

	private final ApplicationEventPublisher publisher;

	private final ShipmentProperties properties;

	private final Legs legs;

	private final TrackingLegRepository legRows;

	private final Clock clock;

	Shipments(ShipmentRepository shipments, TrackingEventRepository events, SubStatusCatalog subStatuses, Orders orders,
			ApplicationEventPublisher publisher, ShipmentProperties properties, Legs legs,
			TrackingLegRepository legRows, Clock clock) {
		this.legs = legs;
		this.legRows = legRows;
		this.shipments = shipments;
		this.events = events;
		this.subStatuses = subStatuses;
		this.orders = orders;
		this.publisher = publisher;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Starts tracking a parcel of the order, or returns the parcel this shop already
	 * tracks under that carrier and tracking number.
	 */
	@Transactional
	public CreateShipmentResult create(ShopId shop, OrderId orderId, NewShipment shipment) {
		Order order = this.orders.get(shop, orderId);
		List<FieldViolation> violations = new ArrayList<>();
		for (int i = 0; i < shipment.items().size(); i++) {
			String sku = shipment.items().get(i).sku();
			if (order.item(sku).isEmpty()) {
				violations
					.add(new FieldViolation("items[" + i + "].sku", "'" + sku + "' is not an item of this order"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		Optional<Shipment> existing = this.shipments.findByTrackingNumber(shop, shipment.carrier(),
				shipment.trackingNumber());
		if (existing.isEmpty()) {
			existing = this.shipments.insertIfAbsent(shop, orderId, shipment, PublicTokens.next()).map(created -> {
				this.legs.add(shop, created.id(), created.carrier(), created.trackingNumber(),
						TrackingLeg.Origin.SHIPMENT, this.clock.instant());
				this.publisher.publishEvent(new ShipmentCreated(created.id(), shop, orderId, created.carrier()));
				projectFulfilment(shop, orderId);
				return created;
			});
			if (existing.isPresent()) {
				return new CreateShipmentResult.Created(existing.get());
			}
			existing = this.shipments.findByTrackingNumber(shop, shipment.carrier(), shipment.trackingNumber());
		}
		Shipment found = existing.orElseThrow();
		if (!found.orderId().equals(orderId)) {
			throw new ConflictException("trackingNumber",
					"this carrier and tracking number already belong to another order of this shop");
		}
		return new CreateShipmentResult.Existing(found);
	}

	/**
	 * Starts tracking a parcel the shopper sends back, through the same carrier polling,
	 * push and event pipeline as any parcel. It is not one of the order's parcels
	 * ({@link #forOrder}), sends no shopper messages and publishes only
	 * {@link ReturnParcelMoved}. The same carrier and tracking number twice give the same
	 * parcel.
	 */
	@Transactional
	public CreateShipmentResult trackReturnParcel(ShopId shop, OrderId orderId, CarrierCode carrier,
			String trackingNumber) {
		this.orders.get(shop, orderId);
		NewShipment parcel = new NewShipment(carrier, trackingNumber.strip(), null, List.of(), null, null, null);
		Optional<Shipment> created = this.shipments.insertIfAbsent(shop, orderId, parcel, PublicTokens.next(), true);
		if (created.isPresent()) {
			this.legs.add(shop, created.get().id(), carrier, created.get().trackingNumber(),
					TrackingLeg.Origin.SHIPMENT, this.clock.instant());
			return new CreateShipmentResult.Created(created.get());
		}
		Shipment existing = this.shipments.findByTrackingNumber(shop, carrier, parcel.trackingNumber()).orElseThrow();
		if (!existing.orderId().equals(orderId) || !existing.returnParcel()) {
			throw new ConflictException("trackingNumber",
					"this carrier and tracking number already belong to another parcel of this shop");
		}
		return new CreateShipmentResult.Existing(existing);
	}

	/**
	 * Stores a parcel from the shop's history ({@code doorstep.jar import}) with its
	 * known events, without announcing anything: no {@link ShipmentCreated} or status
	 * event, so no shopper message and no webhook about the past. It is marked imported,
	 * its carrier is never polled for it and it is never flagged as stalled or expired;
	 * the order's fulfilment status follows it as for any parcel. The same carrier and
	 * tracking number again give the parcel already there, unchanged.
	 * @param history the parcel's events as the shop knows them (hand-over, delivery)
	 * @throws InvalidRequestException when an event is not acceptable (e.g. in the
	 * future)
	 */
	@Transactional
	public CreateShipmentResult importHistoric(ShopId shop, OrderId orderId, NewShipment shipment,
			List<TrackingUpdate> history) {
		this.orders.get(shop, orderId);
		List<TrackingEventRepository.Keyed> keyed = validate(history);
		Instant reportedAt = shipment.shippedAt() != null ? shipment.shippedAt() : this.clock.instant();
		Optional<Shipment> created = this.shipments.insertImported(shop, orderId, shipment, PublicTokens.next(),
				reportedAt);
		if (created.isEmpty()) {
			Shipment existing = this.shipments.findByTrackingNumber(shop, shipment.carrier(), shipment.trackingNumber())
				.orElseThrow();
			if (!existing.orderId().equals(orderId)) {
				throw new ConflictException("trackingNumber",
						"this carrier and tracking number already belong to another order of this shop");
			}
			return new CreateShipmentResult.Existing(existing);
		}
		ShipmentId id = created.get().id();
		// Its own leg, as every parcel has, parked: the carrier is never asked about it.
		this.legRows.add(shop, id, shipment.carrier(), shipment.trackingNumber(), TrackingLeg.Origin.SHIPMENT, null,
				"imported history", reportedAt);
		if (!keyed.isEmpty()) {
			this.events.append(shop, id, keyed);
			this.shipments.updateState(shop, id, TimelineFold.fold(this.events.entries(shop, id)));
		}
		projectFulfilment(shop, orderId);
		return new CreateShipmentResult.Created(get(shop, id));
	}

	public Optional<Shipment> find(ShopId shop, ShipmentId id) {
		return this.shipments.find(shop, id);
	}

	/**
	 * The shipment, or a {@link NotFoundException} (404) when this shop has none with
	 * that id.
	 */
	public Shipment get(ShopId shop, ShipmentId id) {
		return find(shop, id).orElseThrow(() -> new NotFoundException("Shipment", id));
	}

	/**
	 * The shipment behind a public link, whichever shop it belongs to.
	 */
	public Optional<Shipment> findByToken(String token) {
		if (!PublicTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return this.shipments.findByToken(token);
	}

	/** The carrier's latest delivery estimate for the parcel, if a carrier gave one. */
	public Optional<Instant> carrierEstimate(ShopId shop, ShipmentId id) {
		return this.legRows.latestEstimate(shop, id);
	}

	/** The carrier numbers the shipment is tracked under, its own first. */
	public List<TrackingLeg> legs(ShopId shop, ShipmentId id) {
		get(shop, id);
		return this.legRows.forShipment(shop, id);
	}

	/**
	 * Tracks the shipment under one more carrier number (a hand-over the carrier's data
	 * does not name), on the same timeline.
	 * @return whether the leg is new
	 */
	@Transactional
	public boolean addLeg(ShopId shop, ShipmentId id, CarrierCode carrier, String trackingNumber) {
		get(shop, id);
		return this.legs.add(shop, id, carrier, trackingNumber, TrackingLeg.Origin.API, this.clock.instant());
	}

	/**
	 * Stops polling carriers for this shipment: something else reports its events (the
	 * demo simulator, a merchant's own feed).
	 */
	@Transactional
	public void stopPolling(ShopId shop, ShipmentId id, String reason) {
		this.legRows.stop(shop, id, reason);
	}

	/**
	 * The shop's parcels (not return parcels) reported in {@code [from, to)}, oldest
	 * first, at most {@code limit}: a day's packing for inserts and slips.
	 */
	public List<Shipment> reportedBetween(ShopId shop, Instant from, Instant to, int limit) {
		return this.shipments.reportedBetween(shop, from, to, limit);
	}

	public List<Shipment> forOrder(ShopId shop, OrderId order) {
		return this.shipments.forOrder(shop, order);
	}

	public ShipmentPage search(ShopId shop, ShipmentQuery query) {
		return this.shipments.search(shop, query);
	}

	/**
	 * The parcel's events, oldest first, in the order its status was derived from.
	 */
	public List<TrackingEvent> timeline(ShopId shop, ShipmentId id) {
		return this.events.timeline(shop, id);
	}

	/**
	 * Appends carrier events and recomputes the status. All or nothing: one invalid event
	 * rejects the batch before anything is written. Known events are skipped, so a resend
	 * changes nothing.
	 */
	@Transactional
	public TrackingUpdateResult record(ShopId shop, ShipmentId id, List<TrackingUpdate> updates) {
		List<TrackingEventRepository.Keyed> keyed = validate(updates);
		Shipment before = this.shipments.lock(shop, id).orElseThrow(() -> new NotFoundException("Shipment", id));
		int accepted = this.events.append(shop, id, keyed);
		if (accepted == 0) {
			return new TrackingUpdateResult(0, updates.size(), before);
		}
		TimelineFold.State state = TimelineFold.fold(this.events.entries(shop, id));
		Shipment after = before;
		if (!state.equals(stateOf(before))) {
			this.shipments.updateState(shop, id, state);
			after = get(shop, id);
			announce(before, after);
		}
		else {
			// Only the timeline grew (a late event): still a change for whoever keeps a
			// copy of the parcel, such as its tracking page.
			this.shipments.touch(shop, id);
			after = get(shop, id);
		}
		return new TrackingUpdateResult(accepted, updates.size() - accepted, after);
	}

	/**
	 * Stores the pickup point a carrier named in news whose newest event happened at
	 * {@code asOf}, unless later news already named one: news that arrives out of order
	 * ends with the point an in-order replay would.
	 * @return whether the shipment's point changed
	 */
	@Transactional
	public boolean recordPickupPoint(ShopId shop, ShipmentId id, PickupPoint point, Instant asOf) {
		return this.shipments.updatePickupPoint(shop, id, point, asOf.truncatedTo(ChronoUnit.MICROS));
	}

	private List<TrackingEventRepository.Keyed> validate(List<TrackingUpdate> updates) {
		List<FieldViolation> violations = new ArrayList<>();
		if (updates.size() > this.properties.maxEventsPerBatch()) {
			violations.add(new FieldViolation("events",
					"at most " + this.properties.maxEventsPerBatch() + " events per request"));
		}
		Instant latest = this.clock.instant().plus(this.properties.futureTolerance());
		Map<String, TrackingEventRepository.Keyed> keyed = new LinkedHashMap<>();
		for (int i = 0; i < updates.size(); i++) {
			TrackingUpdate update = updates.get(i);
			if (update.occurredAt().isAfter(latest)) {
				violations.add(new FieldViolation("events[" + i + "].occurredAt",
						"lies more than " + this.properties.futureTolerance().toHours() + " hours in the future"));
			}
			if (update.subStatus() != null) {
				int index = i;
				this.subStatuses.problemWith(update.status(), update.subStatus())
					.ifPresent(reason -> violations.add(new FieldViolation("events[" + index + "].subStatus", reason)));
			}
			TrackingEvent event = new TrackingEvent(update.occurredAt().truncatedTo(ChronoUnit.MICROS), update.status(),
					update.subStatus(), this.subStatuses.reasonFor(update.subStatus(), update.incidentReason()),
					update.description(), update.location(), update.externalId(), this.clock.instant());
			TrackingUpdate normalized = new TrackingUpdate(event.occurredAt(), event.status(), event.subStatus(),
					event.incidentReason(), event.description(), event.location(), event.externalId());
			String key = DedupKeys.of(normalized);
			keyed.putIfAbsent(key, new TrackingEventRepository.Keyed(event, key));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		return List.copyOf(keyed.values());
	}

	private static TimelineFold.State stateOf(Shipment shipment) {
		return new TimelineFold.State(shipment.status(), shipment.subStatus(), shipment.incidentReason(),
				shipment.deliveredAt(), shipment.lastEventAt());
	}

	private void announce(Shipment before, Shipment after) {
		if (after.returnParcel()) {
			if (before.status() != after.status()) {
				this.publisher.publishEvent(new ReturnParcelMoved(after.id(), after.shopId(), after.orderId(),
						before.status(), after.status(), after.lastEventAt()));
			}
			return;
		}
		if (before.status() != after.status() || !java.util.Objects.equals(before.subStatus(), after.subStatus())) {
			this.publisher.publishEvent(new ShipmentStatusChanged(after.id(), after.shopId(), after.orderId(),
					after.carrier(), before.status(), after.status(), after.subStatus(), after.incidentReason(),
					after.lastEventAt()));
		}
		if (!before.delivered() && after.delivered() && after.deliveredAt() != null) {
			this.publisher.publishEvent(new ShipmentDelivered(after.id(), after.shopId(), after.orderId(),
					after.deliveredAt(), after.subStatus()));
		}
		if (before.status() != after.status()) {
			projectFulfilment(after.shopId(), after.orderId());
		}
	}

	/**
	 * Tells the order how far its parcels have come: shipped when parcels cover every
	 * ordered unit, delivered when all of them arrived.
	 */
	private void projectFulfilment(ShopId shop, OrderId orderId) {
		Order order = this.orders.get(shop, orderId);
		List<Shipment> parcels = this.shipments.forOrder(shop, orderId);
		if (parcels.isEmpty()) {
			return;
		}
		boolean coversAll = parcels.stream().anyMatch(parcel -> parcel.items().isEmpty()) || parcels.stream()
			.flatMap(parcel -> parcel.items().stream())
			.mapToInt(Shipment.Item::quantity)
			.sum() >= order.totalQuantity();
		long delivered = parcels.stream().filter(Shipment::delivered).count();
		OrderStatus status;
		if (delivered == parcels.size() && coversAll) {
			status = OrderStatus.DELIVERED;
		}
		else if (delivered > 0) {
			status = OrderStatus.PARTIALLY_DELIVERED;
		}
		else {
			status = coversAll ? OrderStatus.SHIPPED : OrderStatus.PARTIALLY_SHIPPED;
		}
		this.orders.recordFulfilment(shop, orderId, status);
	}

}
