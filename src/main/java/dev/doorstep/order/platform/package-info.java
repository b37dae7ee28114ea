/**
 * Shop platforms in: webhooks of Shopify, WooCommerce and the like become orders and
 * fulfilments. One {@link dev.doorstep.order.platform.PlatformAdapter} per platform in
 * {@code order/platform/<name>/} verifies the platform's signature over the raw body and
 * maps its payloads to {@link dev.doorstep.order.platform.PlatformCommand}s;
 * {@link dev.doorstep.order.platform.PlatformInbox} deduplicates deliveries, ignores
 * updates older than the newest applied one and applies the rest.
 */
@NamedInterface("platform")
@NullMarked
package dev.doorstep.order.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
