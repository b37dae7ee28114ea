/**
 * Claims and the delivery guarantee: a shopper reports a parcel lost, damaged, with items
 * missing or delivered but not received from the tracking page; rules the shopper can
 * read decide whether a claim is open, the merchant approves, rejects and resolves it
 * (refund or reship), and a carrier claim pack (PDF) carries the evidence to the carrier.
 * See docs/guides/claims.md.
 */
@ApplicationModule(displayName = "Claims",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "delivery", "notification", "tracking",
				"webhook" })
@NullMarked
package dev.doorstep.claim;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
