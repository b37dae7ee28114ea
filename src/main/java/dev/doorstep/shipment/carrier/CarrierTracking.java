package dev.doorstep.shipment.carrier;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dev.doorstep.shipment.CarrierCode;
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
 */
public record CarrierTracking(String trackingNumber, CarrierCode carrier, TrackingStatus status,
		@Nullable String subStatus, boolean delivered, @Nullable Instant deliveredAt, @Nullable String signedBy,
		@Nullable Instant estimatedDelivery, List<CarrierEvent> events, List<Handover> handovers) {

	public CarrierTracking {
		events = events.stream().sorted(Comparator.comparing(CarrierEvent::occurredAt)).toList();
		handovers = List.copyOf(handovers);
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
