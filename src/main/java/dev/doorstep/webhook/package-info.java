/**
 * Events out: domain events as signed CloudEvents 1.0 webhooks to the merchant's
 * subscriptions. Other modules publish an {@link dev.doorstep.webhook.OutboundEvent}
 * inside their own transaction; this module matches it against the shop's subscriptions
 * (one delivery row per subscription, a transactional outbox), posts it with retries for
 * up to three days and keeps a delivery log that can be replayed. Receivers check the
 * signature with {@link dev.doorstep.webhook.WebhookSignatures} or the recipe in
 * docs/guides/webhooks.md.
 */
@ApplicationModule(displayName = "Events out", allowedDependencies = { "runtime", "shop" })
@NullMarked
package dev.doorstep.webhook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
