package dev.doorstep.shipment.push;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import org.jspecify.annotations.Nullable;

/**
 * One parcel's news in a push, normalized.
 *
 * @param carrier the carrier in Doorstep's codes, or {@code null} when the source names
 * one Doorstep has no code for (the parcel is then matched by tracking number alone)
 * @param sourceCarrier the carrier as the source names it (e.g. AfterShip's slug)
 * @param events oldest first
 * @param pickupPoint where the parcel waits for the shopper, when the source says
 */
public record PushedTracking(String trackingNumber, @Nullable CarrierCode carrier, String sourceCarrier,
		TrackingStatus status, @Nullable Instant deliveredAt, @Nullable String signedBy,
		@Nullable Instant estimatedDelivery, List<CarrierEvent> events, @Nullable PickupPoint pickupPoint) {

	public PushedTracking {
		events = events.stream().sorted(Comparator.comparing(CarrierEvent::occurredAt)).toList();
	}

	/** News that names no pickup point. */
	public PushedTracking(String trackingNumber, @Nullable CarrierCode carrier, String sourceCarrier,
			TrackingStatus status, @Nullable Instant deliveredAt, @Nullable String signedBy,
			@Nullable Instant estimatedDelivery, List<CarrierEvent> events) {
		this(trackingNumber, carrier, sourceCarrier, status, deliveredAt, signedBy, estimatedDelivery, events, null);
	}

}
