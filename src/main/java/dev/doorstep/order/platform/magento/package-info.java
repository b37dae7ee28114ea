/**
 * Magento 2 / Adobe Commerce: the Adobe Commerce Webhooks module's
 * {@code observer.sales_order_save_after} and
 * {@code observer.sales_order_shipment_save_after} hooks ({@code POST
 * /hooks/platforms/magento/{shopSlug}}, verified with the webhooks' public key against
 * {@code x-adobe-commerce-webhook-signature}), and for shops without that module a
 * scheduled pull of {@code GET /rest/V1/orders} and {@code GET /rest/V1/shipments} with
 * an integration access token. Both produce the same commands from the REST shapes of
 * {@code SalesDataOrderInterface} and {@code SalesDataShipmentInterface}.
 */
@NullMarked
package dev.doorstep.order.platform.magento;

import org.jspecify.annotations.NullMarked;
