/**
 * The delivery module's API: the checkout promise, the shop's delivery settings and the
 * window added to a single shipment.
 */
@NullMarked
package dev.doorstep.delivery.web;

import org.jspecify.annotations.NullMarked;
