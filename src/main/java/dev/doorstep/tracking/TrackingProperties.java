package dev.doorstep.tracking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

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
 * @param renderedPageTtl longest time a rendered tracking page and its extras (the
 * shopper's actions, "You may also like") are reused. A change to the parcel (any new
 * event) or its delivery window shows at once on every node; a change to the order, its
 * other parcels, its actions or the shop's settings shows at once on the node that made
 * it and within this time on the others; so do offers that open or close with time (a
 * return window, a claim becoming possible), which are checked again when used. Zero
 * turns the reuse off. Default 60 seconds
 * @param renderedPages most entries kept in the page's smaller caches (extras, rendered
 * sections); default 20000
 * @param renderedPageMemory most memory the kept rendered pages may take, counted as the
 * JVM holds their HTML (two bytes a character: the pages carry "–" and "•") plus their
 * order; a page of at most 30 KB of UTF-8 takes at most about 60 KB, so the default 128
 * MB keeps at least 2,000 pages. Pages beyond it are rendered again when viewed
 * @param viewFlushInterval how often the page views counted in memory are published as
 * {@link TrackingPagesViewed} batches (per node, one event per shop); default 15 seconds
 */
@ConfigurationProperties("doorstep.tracking")
public record TrackingProperties(@DefaultValue("false") boolean trustForwardedFor,
		@DefaultValue("10") int lookupsPerClient, @DefaultValue("1m") Duration clientWindow,
		@DefaultValue("5") int failedLookupsPerOrder, @DefaultValue("15m") Duration orderWindow,
		@DefaultValue("30s") Duration pageMaxAge, @DefaultValue("100000") long maxTrackedClients,
		@DefaultValue("60s") Duration renderedPageTtl, @DefaultValue("20000") long renderedPages,
		@DefaultValue("128MB") DataSize renderedPageMemory, @DefaultValue("15s") Duration viewFlushInterval) {
}
