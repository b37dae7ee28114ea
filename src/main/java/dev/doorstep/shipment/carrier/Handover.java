package dev.doorstep.shipment.carrier;

import dev.doorstep.shipment.CarrierCode;

/**
 * The carrier passed the parcel to another carrier under another number (e.g.
 * cross-border to the local post). The next leg is tracked too, on the same timeline.
 */
public record Handover(CarrierCode carrier, String trackingNumber) {
}
