package dev.doorstep.shipment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.Handover;
import dev.doorstep.shipment.internal.ShipmentProperties;
import dev.doorstep.shipment.internal.Legs;
import dev.doorstep.shipment.internal.TrackingLegRepository;
import dev.doorstep.shipment.internal.UnmappedCodeRepository;
import dev.doorstep.shop.ShopId;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where polled and pushed carrier news join the timeline: events through
 * {@link Shipments#record} (so duplicates and late arrivals fold like any other), codes
 * no table knew counted for the console, and hand-overs turned into new legs.
 */
@Service
public class CarrierFeed {

	private final Shipments shipments;

	private final Legs legs;

	private final UnmappedCodeRepository unmapped;

	private final ShipmentProperties properties;

	private final MeterRegistry meters;

	private final TrackingLegRepository legRows;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	CarrierFeed(Shipments shipments, Legs legs, TrackingLegRepository legRows, ApplicationEventPublisher publisher,
			UnmappedCodeRepository unmapped, ShipmentProperties properties, MeterRegistry meters, Clock clock) {
		this.shipments = shipments;
		this.legRows = legRows;
		this.publisher = publisher;
		this.legs = legs;
		this.unmapped = unmapped;
		this.properties = properties;
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Applies one carrier's news about one leg of a shipment.
	 * @param carrier the carrier that reported, for the unmapped-code count
	 * @return the shipment after the news
	 */
	@Transactional
	public Shipment apply(ShopId shop, ShipmentId id, CarrierCode carrier, List<CarrierEvent> events,
			List<Handover> handovers) {
		return apply(shop, id, carrier, null, events, handovers, null);
	}

	/**
	 * Applies one carrier's news about one leg, with the carrier's delivery estimate when
	 * it gives one: a parcel on its way whose estimate moves to another day is news for
	 * the shopper ({@link ShipmentEstimateChanged}).
	 * @param trackingNumber the leg's number, {@code null} when unknown
	 */
	@Transactional
	public Shipment apply(ShopId shop, ShipmentId id, CarrierCode carrier, @Nullable String trackingNumber,
			List<CarrierEvent> events, List<Handover> handovers, @Nullable Instant estimate) {
		return apply(shop, id, carrier, trackingNumber, events, handovers, estimate, null);
	}

	/**
	 * Applies one carrier's news about one leg, with the pickup point it named. The point
	 * counts as of the news' newest event, so the newest news wins whatever order polls
	 * and pushes arrive in; it is stored before the events, so a notification about the
	 * parcel becoming available for pickup already finds it. News that names no point but
	 * has a pickup event gives that event's place as the point.
	 */
	@Transactional
	public Shipment apply(ShopId shop, ShipmentId id, CarrierCode carrier, @Nullable String trackingNumber,
			List<CarrierEvent> events, List<Handover> handovers, @Nullable Instant estimate,
			@Nullable PickupPoint pickupPoint) {
		Instant now = this.clock.instant();
		Instant latest = now.plus(this.properties.futureTolerance());
		// A carrier clock far ahead would reject the whole batch; one wrong event must
		// not
		// hold back the others.
		List<CarrierEvent> plausible = events.stream().filter(event -> !event.occurredAt().isAfter(latest)).toList();
		countUnmapped(shop, id, carrier, plausible, now);
		PickupPoint point = (pickupPoint != null) ? pickupPoint
				: CarrierTracking.pickupPlace(carrier, plausible, ZoneOffset.UTC);
		if (point != null) {
			// News without a dated event cannot be placed among other news; it names no
			// point then.
			plausible.stream()
				.map(CarrierEvent::occurredAt)
				.max(Instant::compareTo)
				.ifPresent(asOf -> this.shipments.recordPickupPoint(shop, id, point, asOf));
		}
		Shipment shipment = this.shipments.get(shop, id);
		int batch = this.properties.maxEventsPerBatch();
		for (int from = 0; from < plausible.size(); from += batch) {
			List<TrackingUpdate> updates = plausible.subList(from, Math.min(plausible.size(), from + batch))
				.stream()
				.map(CarrierEvent::toUpdate)
				.toList();
			shipment = this.shipments.record(shop, id, updates).shipment();
		}
		for (Handover handover : handovers) {
			addLeg(shop, id, handover.carrier(), handover.trackingNumber(), TrackingLeg.Origin.HANDOVER, now);
		}
		if (estimate != null && trackingNumber != null && !shipment.status().isTerminal() && !shipment.returnParcel()) {
			Optional<Instant> previous = this.legRows.estimate(shop, id, carrier, trackingNumber, estimate);
			if (previous.isPresent() && !sameDay(previous.get(), estimate)) {
				this.publisher
					.publishEvent(new ShipmentEstimateChanged(id, shop, shipment.orderId(), previous.get(), estimate));
			}
		}
		return shipment;
	}

	/**
	 * Adds a leg to the shipment, polled from now on when Doorstep has an adapter for its
	 * carrier.
	 * @return whether the leg is new
	 */
	public boolean addLeg(ShopId shop, ShipmentId id, CarrierCode carrier, String trackingNumber,
			TrackingLeg.Origin origin, Instant now) {
		return this.legs.add(shop, id, carrier, trackingNumber, origin, now);
	}

	/**
	 * Codes no table knew, most frequent first: the list to complete the mappings from.
	 */
	public List<UnmappedCode> unmappedCodes(ShopId shop) {
		return this.unmapped.list(shop);
	}

	/**
	 * Counts each unmapped code once per stored event: an event the timeline already has
	 * (polled again) is not counted again.
	 */
	private void countUnmapped(ShopId shop, ShipmentId id, CarrierCode carrier, List<CarrierEvent> events,
			Instant now) {
		List<CarrierEvent> unknown = events.stream()
			.filter(event -> !event.mapped() && event.rawCode() != null)
			.toList();
		if (unknown.isEmpty()) {
			return;
		}
		Set<String> known = new HashSet<>();
		for (TrackingEvent event : this.shipments.timeline(shop, id)) {
			known.add(identity(event.occurredAt(), event.description()));
		}
		Map<String, List<CarrierEvent>> byCode = new LinkedHashMap<>();
		for (CarrierEvent event : unknown) {
			if (known.add(identity(event.occurredAt().truncatedTo(ChronoUnit.MICROS), event.description()))) {
				byCode.computeIfAbsent(event.rawCode(), code -> new ArrayList<>()).add(event);
			}
		}
		byCode.forEach((code, occurrences) -> {
			CarrierEvent last = occurrences.getLast();
			String mappedTo = last.status().name() + (last.subStatus() == null ? "" : " / " + last.subStatus());
			this.unmapped.count(shop, carrier, code, last.description(), mappedTo, occurrences.size(), now);
			this.meters.counter("doorstep.carrier.codes.unmapped", "carrier", carrier.value())
				.increment(occurrences.size());
		});
	}

	private static boolean sameDay(Instant a, Instant b) {
		// Carriers shift the time within a day all the time; only another day is news.
		return a.truncatedTo(ChronoUnit.DAYS).equals(b.truncatedTo(ChronoUnit.DAYS));
	}

	private static String identity(Instant occurredAt, @Nullable String description) {
		return occurredAt + "\u0000" + description;
	}

}
