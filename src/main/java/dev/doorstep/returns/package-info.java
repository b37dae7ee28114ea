/**
 * Returns and exchanges: return policy, return requests with RMA numbers, their labels
 * and the return parcels.
 */
@ApplicationModule(displayName = "Returns",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "notification", "recommendation", "tracking",
				"webhook" })
@NullMarked
package dev.doorstep.returns;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
