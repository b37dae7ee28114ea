/**
 * The demo: a seeded "Demo Outfitters" shop on a first start, the built-in simulated
 * carrier that moves parcels through realistic event sequences on accelerated time, and
 * the demo shop's simulated shoppers and merchant (page visits, cross-sell clicks and
 * orders, claims and their decisions) acting through the public paths.
 */
@ApplicationModule(displayName = "Demo",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "delivery", "recommendation", "returns",
				"returns :: label", "packaging", "feedback", "claim", "experiment" })
@NullMarked
package dev.doorstep.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
