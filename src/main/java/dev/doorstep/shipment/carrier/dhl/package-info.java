/**
 * DHL through the "Shipment Tracking – Unified API" (<a href=
 * "https://developer.dhl.com/api-reference/shipment-tracking">developer.dhl.com/api-reference/shipment-tracking</a>):
 * {@code GET /track/shipments?trackingNumber=...&service=...&language=...} with the
 * {@code DHL-API-Key} header, answering {@code {"shipments":[...]}} or RFC 7807 problems.
 * The same API serves Deutsche Post ({@code service=post-de}), so client, mapper and the
 * request flow here are shared with {@code carrier.deutschepost}.
 */
@NullMarked
package dev.doorstep.shipment.carrier.dhl;

import org.jspecify.annotations.NullMarked;
