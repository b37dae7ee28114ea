package dev.doorstep.order.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the order module.
 *
 * @param platformDeliveryRetention how long the delivery ids of applied platform webhooks
 * are kept to recognize redeliveries; platforms retry for hours (Shopify) to days, so the
 * default of 30 days is far on the safe side. Older ids are deleted once a day.
 * @param platformPullEnabled whether the scheduled pull of shops without webhooks
 * (Magento's REST API) runs; tests turn it off and call the pull themselves
 * @param platformPullInterval the pause between two pulls of every connected shop
 * @param platformPullLookback how far back the first pull of a shop reads (orders and
 * shipments updated since then)
 * @param platformPullPageSize orders or shipments asked for per request
 * @param platformPullTimeout how long one request to a shop's API may take
 * @param platformAllowLocalUrls whether a shop's API may be {@code http:} and inside this
 * installation's network; for tests against a local stub only
 */
@ConfigurationProperties("doorstep.order")
public record OrderProperties(@DefaultValue("30d") Duration platformDeliveryRetention,
		@DefaultValue("true") boolean platformPullEnabled, @DefaultValue("5m") Duration platformPullInterval,
		@DefaultValue("30d") Duration platformPullLookback, @DefaultValue("50") int platformPullPageSize,
		@DefaultValue("20s") Duration platformPullTimeout, @DefaultValue("false") boolean platformAllowLocalUrls) {
}
