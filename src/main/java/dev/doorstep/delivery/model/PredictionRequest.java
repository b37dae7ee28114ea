package dev.doorstep.delivery.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import dev.doorstep.shipment.TrackingStatus;
import org.jspecify.annotations.Nullable;

/**
 * Everything known about one parcel (or one hypothetical parcel, for the checkout
 * promise) at the moment {@code now}.
 *
 * @param orderedAt when the order was placed; with {@code cutOff} it gives the hand-over
 * day when {@code handedOverAt} is unknown
 * @param handedOverAt when the carrier got the parcel (first scan or shipped-at), if
 * known
 * @param cutOff the warehouse's daily cut-off in {@code originZone}; orders after it
 * leave the next working day ({@code null}: no cut-off)
 * @param status current normalized status ({@code null} before any tracking)
 * @param statusSince when the current status began
 * @param lastScanAt the newest carrier scan, for "no scan for N days" reasoning
 * @param carrierEstimate the carrier's own estimated delivery day, if it gives one
 * @param defaultBusinessDays the shop's configured transit time for this carrier and
 * destination country, used when neither history nor carrier estimate exists
 */
public record PredictionRequest(Lane lane, Instant orderedAt, @Nullable Instant handedOverAt,
		@Nullable LocalTime cutOff, ZoneId originZone, Instant now, @Nullable TrackingStatus status,
		@Nullable Instant statusSince, @Nullable Instant lastScanAt, @Nullable LocalDate carrierEstimate,
		@Nullable Integer defaultBusinessDays) {
}
