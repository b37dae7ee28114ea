/**
 * History import: a merchant's past orders and parcels from a CSV file
 * ({@code java -jar doorstep.jar import orders.csv --shop <slug>}, columns in
 * docs/guides/importing-history.md). Imported orders and parcels are stored without being
 * announced, so no shopper message and no webhook is sent about the past; delivered
 * parcels teach the shop's delivery model and the orders its cross-sell model.
 */
@ApplicationModule(displayName = "History import",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "delivery" })
@NullMarked
package dev.doorstep.history;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
