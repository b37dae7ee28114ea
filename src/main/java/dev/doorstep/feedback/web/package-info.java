/**
 * The feedback API ({@code /api/v1/feedback/settings},
 * {@code /api/v1/orders/{id}/review-requests}), the public reviews API
 * ({@code /api/public/{shopSlug}/reviews}) and the shopper's pages: the review page
 * ({@code /f/{token}}) and the delivery rating behind a tracking link
 * ({@code /t/{token}/csat}).
 */
@NullMarked
package dev.doorstep.feedback.web;

import org.jspecify.annotations.NullMarked;
