/**
 * The cross-sell model: item-to-item co-purchase counts weighted by recency, scored by
 * lift or cosine above a minimum support, with category and overall popularity as the
 * fallback. Pure Java: no Spring, no database, so {@code doorstep recommend evaluate}
 * runs it on a file. {@link dev.doorstep.recommendation.model.CoPurchaseModel} is the
 * entry point.
 */
@NullMarked
package dev.doorstep.recommendation.model;

import org.jspecify.annotations.NullMarked;
