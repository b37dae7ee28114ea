/**
 * Delivery promise: delivery windows learned from the shop's own delivered parcels (and
 * the installation's when the shop's history is thin), moved by every tracking event, and
 * early delay warnings with a plain reason. The pure model lives in {@code model}; it
 * needs no database, so the {@code delivery backtest} command runs it on a CSV file.
 */
@ApplicationModule(displayName = "Delivery promise",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "webhook" })
@NullMarked
package dev.doorstep.delivery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
