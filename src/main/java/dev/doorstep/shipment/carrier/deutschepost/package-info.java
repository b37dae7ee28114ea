/**
 * Deutsche Post letters and Warenpost through DHL's "Shipment Tracking – Unified API"
 * (<a href=
 * "https://developer.dhl.com/api-reference/shipment-tracking">developer.dhl.com/api-reference/shipment-tracking</a>)
 * with {@code service=post-de}. Client, mapper and request flow are DHL's
 * ({@code carrier.dhl}); this package only gives them their own carrier code, settings
 * and service.
 */
@NullMarked
package dev.doorstep.shipment.carrier.deutschepost;

import org.jspecify.annotations.NullMarked;
