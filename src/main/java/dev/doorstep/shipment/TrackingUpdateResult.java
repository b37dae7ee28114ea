package dev.doorstep.shipment;

/**
 * What a batch of events did to a shipment.
 *
 * @param accepted events that were new and stored
 * @param duplicates events already known, ignored
 * @param shipment the shipment after the batch
 */
public record TrackingUpdateResult(int accepted, int duplicates, Shipment shipment) {
}
