/**
 * The shopper's side: the public, branded tracking page behind a shipment's random token
 * ({@code /t/{token}}) and the rate-limited look-up by order number plus email or
 * postcode ({@code /s/{shopSlug}/track}). The page's "Updates" section manages the
 * shopper's notification consent for the order through the notification module.
 */
@ApplicationModule(displayName = "Tracking page",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "notification", "delivery" })
@NullMarked
package dev.doorstep.tracking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
