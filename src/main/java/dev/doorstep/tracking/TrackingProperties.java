package dev.doorstep.tracking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public tracking page and the order look-up.
 *
 * @param trustForwardedFor whether the first address of {@code X-Forwarded-For} names the
 * client for rate limiting; only true behind a proxy that sets it, because clients can
 * forge it. Default false (the connection's remote address counts)
 * @param lookupsPerClient look-ups one client may submit per {@code clientWindow};
 * default 10
 * @param clientWindow window of {@code lookupsPerClient}; default 1 minute
 * @param failedLookupsPerOrder failed look-ups for one order number of one shop per
 * {@code orderWindow}, after which even the right pair waits; default 5
 * @param orderWindow window of {@code failedLookupsPerOrder}; default 15 minutes
 * @param pageMaxAge how long a browser may reuse a tracking page
 * ({@code Cache-Control: private, max-age}); default 30 seconds
 * @param maxTrackedClients most clients and order numbers whose buckets are kept in
 * memory at once (least recently used go first); default 100000
 * @param renderedPageTtl how long a rendered tracking page is reused while its parcel is
 * unchanged. The page is rendered again at once when its parcel's status or latest event
 * changes; only the other parcels' lines, a late event older than the latest and the
 * shop's brand can be this much behind. Zero turns the reuse off. Default 10 seconds
 * @param renderedPages most rendered pages kept in memory (about 8 KB each); default
 * 20000
 * @param viewFlushInterval how often the page views counted in memory are published as
 * {@link TrackingPagesViewed} batches (per node, one event per shop); default 15 seconds
 */
@ConfigurationProperties("doorstep.tracking")
public record TrackingProperties(@DefaultValue("false") boolean trustForwardedFor,
		@DefaultValue("10") int lookupsPerClient, @DefaultValue("1m") Duration clientWindow,
		@DefaultValue("5") int failedLookupsPerOrder, @DefaultValue("15m") Duration orderWindow,
		@DefaultValue("30s") Duration pageMaxAge, @DefaultValue("100000") long maxTrackedClients,
		@DefaultValue("10s") Duration renderedPageTtl, @DefaultValue("20000") long renderedPages,
		@DefaultValue("15s") Duration viewFlushInterval) {
}
