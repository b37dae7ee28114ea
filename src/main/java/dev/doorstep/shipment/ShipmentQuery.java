package dev.doorstep.shipment;

import org.jspecify.annotations.Nullable;

/**
 * A filter over a shop's shipments, most recently updated first.
 */
public record ShipmentQuery(@Nullable TrackingStatus status, @Nullable CarrierCode carrier,
		@Nullable String trackingNumber, int page, int size) {
}
