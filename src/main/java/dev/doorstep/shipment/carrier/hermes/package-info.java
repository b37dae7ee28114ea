/**
 * Hermes Germany through the Hermes Shipping Interface (HSI) "Shipment Info API" (OpenAPI
 * version 2025-12-08,
 * {@code GET https://de-api.hermesworld.com/services/hsi/shipmentinfo?shipmentID=...},
 * documented in the HSI developer portal
 * https://de-api.hermesworld.com/docs/applications/shipmentinfo). The answer
 * {@code shipmentinfo[]} carries per shipment a {@code result} ({@code e001} = no
 * information), a {@code deliveryForecast} and the whole {@code status[]} history
 * ({@code timestamp}, {@code code}, {@code description} in the language of
 * {@code Accept-Language}, German by default, and the {@code scanningUnit}). Codes are
 * those of Hermes' event code list, see
 * {@link dev.doorstep.shipment.carrier.hermes.HermesStatusCodes}.
 * <p>
 * Authentication is OAuth 2.0 with the <em>password</em> grant the HSI specification
 * declares (token endpoint
 * {@code https://authme.myhermes.de/authorization-facade/oauth2/access_token}): the API
 * partner's client id and secret plus the business customer's HSI user name and password.
 * Chosen over the deprecated {@code /shipmentstatus} operations.
 */
@NullMarked
package dev.doorstep.shipment.carrier.hermes;

import org.jspecify.annotations.NullMarked;
