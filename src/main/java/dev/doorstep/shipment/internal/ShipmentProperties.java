package dev.doorstep.shipment.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of shipment tracking.
 *
 * @param publicBaseUrl absolute base of public links such as
 * {@code https://track.example.com}; empty (default) derives it from the request
 * @param maxEventsPerBatch most events one {@code POST .../events} may carry; default
 * 1000
 * @param futureTolerance how far in the future an event's time may lie (carrier clocks
 * drift); default 24 hours
 * @param stalledAfter a parcel on its way without carrier news for this long is reported
 * as stalled (once per silence); default 3 days
 */
@ConfigurationProperties("doorstep.shipment")
public record ShipmentProperties(@DefaultValue("") String publicBaseUrl, @DefaultValue("1000") int maxEventsPerBatch,
		@DefaultValue("24h") Duration futureTolerance, @DefaultValue("3d") Duration stalledAfter) {
}
