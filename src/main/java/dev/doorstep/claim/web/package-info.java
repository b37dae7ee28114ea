/**
 * The claims API ({@code /api/v1/claims}) and the shopper's pages: the claim form behind
 * a tracking link ({@code /t/{token}/claim}) and the claim's status page
 * ({@code /c/{token}}).
 */
@NullMarked
package dev.doorstep.claim.web;

import org.jspecify.annotations.NullMarked;
