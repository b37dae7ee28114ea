/**
 * How the delivery module keeps its promises: the models in memory, the stored samples
 * and predictions, the listeners on shipment events and the periodic checks.
 */
@NullMarked
package dev.doorstep.delivery.internal;

import org.jspecify.annotations.NullMarked;
