/**
 * Shopify webhooks: {@code POST /hooks/platforms/shopify/{shopSlug}} with
 * {@code X-Shopify-Topic}, {@code X-Shopify-Webhook-Id} (the delivery id) and
 * {@code X-Shopify-Hmac-Sha256} = base64(HMAC-SHA256(raw body, the app's client secret)).
 * Topics {@code orders/create}, {@code orders/updated}, {@code orders/cancelled},
 * {@code fulfillments/create}, {@code fulfillments/update} and {@code refunds/create}
 * (acknowledged, not recorded).
 */
@NullMarked
package dev.doorstep.order.platform.shopify;

import org.jspecify.annotations.NullMarked;
