/**
 * USPS through the current USPS APIs, Tracking 3.0
 * (<a href= "https://developers.usps.com/trackingv3">developers.usps.com/trackingv3</a>,
 * OAuth 2.0 <a href="https://developers.usps.com/Oauth">developers.usps.com/Oauth</a>): a
 * client credentials token from {@code POST /oauth2/v3/token}, then {@code GET
 * /tracking/v3/tracking/{trackingNumber}?expand=DETAIL} with
 * {@code Authorization: Bearer}, answering {@code trackingNumber},
 * {@code statusCategory}, {@code trackingEvents[]} (newest first, USPS event codes) or an
 * error document {@code {"apiVersion":..., "error":{"code","message","errors":[...]}}}.
 */
@NullMarked
package dev.doorstep.shipment.carrier.usps;

import org.jspecify.annotations.NullMarked;
