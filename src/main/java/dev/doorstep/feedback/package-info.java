/**
 * Feedback: review requests scheduled after delivery (one per order, a delay per product
 * category, held back while a return or claim is open, after a cancellation or without
 * the marketing consent the shop asks for), the shopper's review page (stars, text and a
 * photo per item, delivery satisfaction, NPS at most once per 90 days), delivery
 * satisfaction on the tracking page, moderation and the public reviews API. See
 * docs/guides/feedback.md.
 */
@ApplicationModule(displayName = "Feedback",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "notification", "returns", "claim", "tracking",
				"webhook" })
@NullMarked
package dev.doorstep.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
