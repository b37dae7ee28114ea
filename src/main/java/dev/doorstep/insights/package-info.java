/**
 * What post-purchase is worth to the merchant: KPIs (repurchase, CSAT and NPS, returns,
 * carriers, delivery windows, delay alerts, messages, tracking-page visits, claims,
 * cross-sell, support deflection) from read models that only other modules' public events
 * write. Nothing depends on this module.
 */
@ApplicationModule(displayName = "Insights",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "delivery", "notification", "tracking",
				"returns", "claim", "feedback", "recommendation", "support", "console :: web" })
@NullMarked
package dev.doorstep.insights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
