package dev.doorstep.shipment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A fulfilment the shop reports: which carrier, which tracking number, which items. No
 * items means the whole order is in this parcel.
 */
public record NewShipment(CarrierCode carrier, String trackingNumber, @Nullable String service,
		List<Shipment.Item> items, @Nullable Instant shippedAt, Shipment.@Nullable Origin origin,
		@Nullable LocalDate promisedDeliveryDate) {
}
