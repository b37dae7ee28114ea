/**
 * Orders, their line items and the shopper's contact: ingested idempotently by the shop's
 * own id, so a platform that sends an order twice gets one order.
 */
@ApplicationModule(displayName = "Order", allowedDependencies = { "runtime", "shop", "webhook" })
@NullMarked
package dev.doorstep.order;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
