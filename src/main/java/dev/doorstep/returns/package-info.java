/**
 * Returns and exchanges: the shop's return policy (evaluated the same way in the portal,
 * the API and the console), return requests with RMA numbers, labels and QR codes, drop-off
 * options, exchanges, refunds and store credit. Doorstep moves no money: it tells the shop
 * what to refund and records when the shop confirms.
 */
@ApplicationModule(displayName = "Returns",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "notification" })
@NullMarked
package dev.doorstep.returns;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
