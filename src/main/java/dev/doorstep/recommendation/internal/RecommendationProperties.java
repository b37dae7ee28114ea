package dev.doorstep.recommendation.internal;

import java.time.Duration;

import dev.doorstep.recommendation.model.ModelSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cross-sell model's settings (docs/guides/cross-sell.md).
 *
 * @param halfLife an order this much older than another counts half as much; default 90
 * days
 * @param minSupport orders a pair must have been bought together in before it is
 * recommended as such; default 2
 * @param neighbours best neighbours kept per product; default 50
 * @param score {@code COSINE} or {@code LIFT}; default {@code COSINE}
 * (docs/adr/0008-cross-sell-model.md)
 * @param rebuildInterval how often every shop's model in memory is rebuilt from its
 * orders (each new or cancelled order also updates it at once); default 6 hours
 * @param history how far back orders are read into a model; default 730 days
 * @param maxOrders at most this many of a shop's newest orders are read into its model;
 * default 200,000
 * @param clickKey the HMAC key of the signed {@code /go/} links to recommended products;
 * empty (the default): a random key per start, so links of an earlier start stop working
 */
@ConfigurationProperties("doorstep.recommendation")
public record RecommendationProperties(@DefaultValue("90d") Duration halfLife, @DefaultValue("2") int minSupport,
		@DefaultValue("50") int neighbours, @DefaultValue("COSINE") ModelSettings.Score score,
		@DefaultValue("6h") Duration rebuildInterval, @DefaultValue("730d") Duration history,
		@DefaultValue("200000") int maxOrders, @DefaultValue("") String clickKey) {

	public RecommendationProperties {
		// Wrong settings fail the start, not the first recommendation.
		new ModelSettings(halfLife, minSupport, neighbours, score);
		if (maxOrders < 1) {
			throw new IllegalArgumentException("doorstep.recommendation.max-orders must be at least 1");
		}
	}

	ModelSettings modelSettings() {
		return new ModelSettings(this.halfLife, this.minSupport, this.neighbours, this.score);
	}

}
