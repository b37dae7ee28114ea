/**
 * Doorstep inside the shop's own website: the {@code embed.js} web components (a
 * logged-in customer's orders with tracking, the thank-you block), the short-lived signed
 * tokens a shop's backend requests for them, the per-shop CORS of everything under
 * {@code /embed/**}, and requests arriving on a shop's own domain.
 */
@ApplicationModule(displayName = "Embedded widgets",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "delivery" })
@NullMarked
package dev.doorstep.embed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
