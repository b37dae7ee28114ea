/**
 * GLS through the GLS Group "Track And Trace V1" REST API (OpenAPI 1.0.7, {@code GET
 * https://api.gls-group.net/track-and-trace-v1/tracking/simple/trackids/{unitnos}}, OAuth
 * 2.0 client credentials at {@code https://api.gls-group.net/oauth2/v1/token}),
 * documented in the GLS Developer Portal (https://dev-portal.gls-group.net, API "Track
 * And Trace V1"). A parcel carries a current {@code status} (PLANNEDPICKUP ... FINAL) and
 * {@code events} whose {@code code} is {@code GROUP.DETAIL} (e.g.
 * {@code INTIAL.PREADVICE}, {@code DELIVD.PARCELSHOP}); unknown numbers come back as HTTP
 * 200 with {@code errorCode E_404_01} on the parcel. Chosen over the older ShipIT
 * {@code /backend/rs/tracking/parceldetails} because its response and error shapes are
 * fully documented, and its German event texts come with {@code Accept-Language: DE}.
 */
@NullMarked
package dev.doorstep.shipment.carrier.gls;

import org.jspecify.annotations.NullMarked;
