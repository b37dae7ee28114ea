/**
 * UPS through the Track API v1 (OpenAPI "UPS TrackService API",
 * https://developer.ups.com/api/reference/tracking, spec in
 * https://github.com/UPS-API/api-documentation/blob/main/Tracking.yaml): {@code GET
 * https://onlinetools.ups.com/api/track/v1/details/{inquiryNumber}} with the headers
 * {@code transId} and {@code transactionSrc}, after an OAuth 2.0 client-credentials token
 * from {@code /security/v1/oauth/token} (client id and secret as HTTP Basic). Activities
 * carry a status {@code type} (I, D, X, P, M, ...) and a three-digit {@code statusCode};
 * both are mapped, the code first. Unknown numbers answer 404 (or, in practice, 200) with
 * {@code TW0001 "Tracking Information Not Found"}
 * (https://github.com/UPS-API/api-documentation/issues/102). Mail Innovations and
 * SurePost parcels name their USPS leg as an {@code alternateTrackingNumber} of type
 * {@code USPS_PIC}, which becomes a handover to USPS.
 */
@NullMarked
package dev.doorstep.shipment.carrier.ups;

import org.jspecify.annotations.NullMarked;
