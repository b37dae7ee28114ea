/**
 * Proactive messages to shoppers: journeys of typed steps started by order and shipment
 * events, one message per (journey, parcel, trigger, channel), quiet hours and frequency
 * caps in the recipient's time zone, consent per channel and topic, durable sending with
 * retries, and a dev mailbox when no provider is configured.
 */
@ApplicationModule(displayName = "Notification",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "delivery", "webhook" })
@NullMarked
package dev.doorstep.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
