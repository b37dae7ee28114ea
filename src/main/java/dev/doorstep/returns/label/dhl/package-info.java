/**
 * DHL Parcel DE Returns API v1 ("DHL Retoure Online" / "DHL Retoure International"):
 * {@code POST /orders?labelType=BOTH} on
 * {@code https://api-eu.dhl.com/parcel/de/shipping/returns/v1} makes a return label for a
 * shopper, addressed to the merchant's receiver id for the shopper's country.
 * Documentation:
 * https://developer.dhl.com/api-reference/dhl-parcel-de-returns-post-parcel-germany
 * <p>
 * Authentication as documented: the app's {@code dhl-api-key} header with the business
 * customer portal user as HTTP Basic, or OAuth2 (password grant on the Parcel DE
 * {@code /account/auth/ropc/v1/token} endpoint) when a client secret is configured.
 */
@NullMarked
package dev.doorstep.returns.label.dhl;

import org.jspecify.annotations.NullMarked;
