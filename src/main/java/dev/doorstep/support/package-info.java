/**
 * Support: the shop's FAQ and the "where is my order?" assistant. A question in the
 * shopper's words is understood by a local intent model
 * ({@link dev.doorstep.support.model}) and answered from the facts Doorstep holds for the
 * order and its parcels, or from the FAQ ({@link dev.doorstep.support.Assistant}). See
 * docs/guides/support-assistant.md.
 */
@ApplicationModule(displayName = "Support",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "delivery", "returns", "claim", "tracking" })
@NullMarked
package dev.doorstep.support;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
