package dev.doorstep.delivery.model;

import java.time.Instant;

/** One delivered parcel: what the model learns from. */
public record TransitSample(Lane lane, Instant handedOverAt, Instant deliveredAt) {
}
