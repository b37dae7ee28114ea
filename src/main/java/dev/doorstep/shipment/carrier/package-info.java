/**
 * The carrier plug-in SPI: one {@link dev.doorstep.shipment.carrier.CarrierAdapter} per
 * carrier, each in its own sub-package split into client (HTTP only), mapper (pure),
 * status codes, properties and the adapter. Carriers' own codes end here; everything past
 * this edge speaks {@link dev.doorstep.shipment.TrackingStatus}.
 */
@NullMarked
package dev.doorstep.shipment.carrier;

import org.jspecify.annotations.NullMarked;
