/**
 * FedEx through the Track API v1
 * (https://developer.fedex.com/api/en-us/catalog/track/v1/docs.html, operation "Track by
 * Tracking Number"): {@code POST https://apis.fedex.com/track/v1/trackingnumbers} with
 * {@code includeDetailedScans}, after an OAuth 2.0 client-credentials token from
 * {@code /oauth/token} (API key and secret key in the form). Scan events carry an
 * {@code eventType} and a {@code derivedStatusCode} from FedEx's two-letter status code
 * list (https://developer.fedex.com/api/en-us/guides/api-reference.html); the event type
 * is mapped first. Unknown numbers come back with HTTP 200 and an {@code error}
 * {@code TRACKING.TRACKINGNUMBER.NOTFOUND} on the track result; refused tokens as 401
 * with {@code NOT.AUTHORIZED.ERROR}. FedEx Ground Economy parcels name their USPS leg as
 * a {@code PARTNER_CARRIER_NUMBER}, which becomes a handover to USPS.
 */
@NullMarked
package dev.doorstep.shipment.carrier.fedex;

import org.jspecify.annotations.NullMarked;
