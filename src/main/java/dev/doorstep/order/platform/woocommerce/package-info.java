/**
 * WooCommerce webhooks: {@code POST /hooks/platforms/woocommerce/{shopSlug}} for the
 * topics {@code order.created} and {@code order.updated}, with
 * {@code X-WC-Webhook-Topic}, {@code X-WC-Webhook-Delivery-ID} and
 * {@code X-WC-Webhook-Signature} = base64(HMAC-SHA256(raw body, the webhook's secret)).
 * The body is the REST API's order; parcels come from the "Shipment Tracking" extension's
 * {@code _wc_shipment_tracking_items} meta.
 */
@NullMarked
package dev.doorstep.order.platform.woocommerce;

import org.jspecify.annotations.NullMarked;
