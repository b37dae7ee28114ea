/**
 * Right-size packaging: each shop's box catalogue and, from the products' dimensions and
 * weights, the smallest box (or the fewest boxes) a parcel's items fit in, with fill rate
 * and the void volume saved against the shop's standard box.
 */
@ApplicationModule(displayName = "Right-size packaging",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "recommendation" })
@NullMarked
package dev.doorstep.packaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
