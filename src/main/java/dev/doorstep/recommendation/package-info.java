/**
 * Cross-sell: the shop's product catalogue and, built on it and on the shop's orders,
 * what fits a basket ({@link dev.doorstep.recommendation.Recommendations}). The catalogue
 * also tells returns which other variants of a product an item can be exchanged for.
 */
@ApplicationModule(displayName = "Recommendations",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "tracking", "notification", "delivery" })
@NullMarked
package dev.doorstep.recommendation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
