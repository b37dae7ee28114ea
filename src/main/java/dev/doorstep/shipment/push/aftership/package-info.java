/**
 * AfterShip tracking webhooks: {@code POST /hooks/carriers/aftership/{shopSlug}} with
 * {@code aftership-hmac-sha256} = Base64(HMAC-SHA256(webhook secret, raw body)).
 * <p>
 * Documentation used:
 * <a href= "https://www.aftership.com/docs/tracking/webhook/webhook-signature">webhook
 * signature</a>, <a href=
 * "https://www.aftership.com/docs/tracking/2025-01/webhook/webhook-specifications">webhook
 * specifications</a>, <a href=
 * "https://www.aftership.com/docs/tracking/2026-07/webhook/webhook-changelog">webhook
 * changelog</a> (checkpoint {@code zip} renamed {@code postal_code} in 2026-01; new
 * sub-statuses in 2026-07), <a href=
 * "https://www.aftership.com/docs/tracking/2026-07/enum/delivery-sub-statuses">delivery
 * sub-statuses</a>.
 */
@NullMarked
package dev.doorstep.shipment.push.aftership;

import org.jspecify.annotations.NullMarked;
