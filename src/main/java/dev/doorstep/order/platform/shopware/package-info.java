/**
 * Shopware 6 as an app-system integration: the registration handshake ({@code GET
 * /hooks/platforms/shopware/{shopSlug}/register}, signed with the app secret in
 * {@code shopware-app-signature}; the answer's proof and a fresh shop secret; the shop's
 * signed confirmation) and the app's webhooks ({@code POST
 * /hooks/platforms/shopware/{shopSlug}}, {@code shopware-shop-signature} = hex
 * HMAC-SHA256(raw body, shop secret)) for {@code checkout.order.placed},
 * {@code state_enter.order.state.*} and {@code state_enter.order_delivery.state.*}. See
 * https://developer.shopware.com/docs/guides/plugins/apps/lifecycle/app-registration-setup.html
 * and .../lifecycle/webhook.html.
 */
@NullMarked
package dev.doorstep.order.platform.shopware;

import org.jspecify.annotations.NullMarked;
