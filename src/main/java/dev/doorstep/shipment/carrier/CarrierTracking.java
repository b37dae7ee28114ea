package dev.doorstep.shipment.carrier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import org.jspecify.annotations.Nullable;

/**
 * One carrier's answer about one parcel, normalized.
 *
 * @param subStatus a code of the {@code sub_status} table, or {@code null} when the
 * carrier does not say reliably
 * @param estimatedDelivery the carrier's own estimate (start of its window when it gives
 * one)
 * @param events oldest first, newest last, whatever order the carrier used
 * @param handovers later legs under other carriers or numbers, in the order they began
 * @param pickupPoint where the parcel waits (or will wait) for the shopper, when the
 * carrier says
 */
public record CarrierTracking(String trackingNumber, CarrierCode carrier, TrackingStatus status,
		@Nullable String subStatus, boolean delivered, @Nullable Instant deliveredAt, @Nullable String signedBy,
		@Nullable Instant estimatedDelivery, List<CarrierEvent> events, List<Handover> handovers,
		@Nullable PickupPoint pickupPoint) {

	public CarrierTracking {
		events = events.stream().sorted(Comparator.comparing(CarrierEvent::occurredAt)).toList();
		handovers = List.copyOf(handovers);
	}

	/** A tracking that names no pickup point. */
	public CarrierTracking(String trackingNumber, CarrierCode carrier, TrackingStatus status,
			@Nullable String subStatus, boolean delivered, @Nullable Instant deliveredAt, @Nullable String signedBy,
			@Nullable Instant estimatedDelivery, List<CarrierEvent> events, List<Handover> handovers) {
		this(trackingNumber, carrier, status, subStatus, delivered, deliveredAt, signedBy, estimatedDelivery, events,
				handovers, null);
	}

	/**
	 * The tracking with the pickup point the carrier named: its type implied by the
	 * pickup event's sub-status when the carrier gave none, and its deadline estimated
	 * from the carrier's holding period ({@link HoldingPeriods}) when the carrier gave
	 * none, counted from the day of the newest pickup event in {@code zone}.
	 */
	public CarrierTracking withPickupPoint(@Nullable PickupPoint point, ZoneId zone) {
		if (point == null) {
			return this;
		}
		Optional<CarrierEvent> arrival = pickupEvent(this.events);
		PickupPoint completed = point.withType(arrival.map(event -> PickupPoint.Type.fromSubStatus(event.subStatus()))
			.orElse(PickupPoint.Type.fromSubStatus(this.subStatus)));
		LocalDate arrived = arrival.map(event -> event.occurredAt().atZone(zone).toLocalDate()).orElse(null);
		completed = HoldingPeriods.complete(this.carrier, completed, arrived);
		return new CarrierTracking(this.trackingNumber, this.carrier, this.status, this.subStatus, this.delivered,
				this.deliveredAt, this.signedBy, this.estimatedDelivery, this.events, this.handovers, completed);
	}

	/**
	 * The place of the newest pickup event as the pickup point, for answers that name no
	 * point of their own: at least the shopper learns the town and how long the parcel
	 * waits. {@code null} without a pickup event or without its place.
	 */
	public static @Nullable PickupPoint pickupPlace(CarrierCode carrier, List<CarrierEvent> events, ZoneId zone) {
		Optional<CarrierEvent> arrival = pickupEvent(events);
		if (arrival.isEmpty() || arrival.get().location() == null) {
			return null;
		}
		TrackingEvent.Location place = arrival.get().location();
		PickupPoint point = PickupPoint.of(null, null, place.postcode(), place.city(), place.country(),
				PickupPoint.Type.fromSubStatus(arrival.get().subStatus()), null, null);
		return (point == null) ? null
				: HoldingPeriods.complete(carrier, point, arrival.get().occurredAt().atZone(zone).toLocalDate());
	}

	/** The newest event that put the parcel at a pickup point. */
	public static Optional<CarrierEvent> pickupEvent(List<CarrierEvent> events) {
		CarrierEvent newest = null;
		for (CarrierEvent event : events) {
			if (event.status() == TrackingStatus.AVAILABLE_FOR_PICKUP
					&& (newest == null || !event.occurredAt().isBefore(newest.occurredAt()))) {
				newest = event;
			}
		}
		return Optional.ofNullable(newest);
	}

	/**
	 * A tracking whose status is that of its newest event (most carriers' summary says no
	 * more than that), delivered when that event is a delivery.
	 */
	public static CarrierTracking fromEvents(String trackingNumber, CarrierCode carrier, @Nullable String signedBy,
			@Nullable Instant estimatedDelivery, List<CarrierEvent> events, List<Handover> handovers) {
		List<CarrierEvent> ordered = events.stream().sorted(Comparator.comparing(CarrierEvent::occurredAt)).toList();
		if (ordered.isEmpty()) {
			return new CarrierTracking(trackingNumber, carrier, TrackingStatus.PENDING, null, false, null, signedBy,
					estimatedDelivery, ordered, handovers);
		}
		CarrierEvent newest = ordered.getLast();
		boolean delivered = newest.status() == TrackingStatus.DELIVERED;
		return new CarrierTracking(trackingNumber, carrier, newest.status(), newest.subStatus(), delivered,
				delivered ? newest.occurredAt() : null, signedBy, estimatedDelivery, ordered, handovers);
	}

	/** Events whose code the carrier's table does not know. */
	public List<CarrierEvent> unmapped() {
		return this.events.stream().filter(event -> !event.mapped()).toList();
	}

}
