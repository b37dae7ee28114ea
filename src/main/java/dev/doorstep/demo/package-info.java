/**
 * The demo: a seeded "Demo Outfitters" shop on a first start, and the built-in simulated
 * carrier that moves parcels through realistic event sequences on accelerated time.
 */
@ApplicationModule(displayName = "Demo",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "delivery", "recommendation", "returns",
				"returns :: label", "packaging", "feedback", "claim", "experiment" })
@NullMarked
package dev.doorstep.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
