/**
 * Cross-sell: the shop's product catalogue and, built on it, what fits a basket. The
 * catalogue also tells returns which other variants of a product an item can be exchanged
 * for.
 */
@ApplicationModule(displayName = "Recommendations", allowedDependencies = { "runtime", "shop" })
@NullMarked
package dev.doorstep.recommendation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
