/**
 * Shipments and their tracking timelines: carrier events in, one normalized status out.
 * Events may arrive twice, late or out of order; the stored timeline and status always
 * equal an in-order replay.
 */
@ApplicationModule(displayName = "Shipment", allowedDependencies = { "runtime", "shop", "order", "webhook" })
@NullMarked
package dev.doorstep.shipment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
