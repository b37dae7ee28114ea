package dev.doorstep.tracking;

import java.time.Instant;
import java.util.List;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;

/**
 * Views of a shop's tracking pages over a short period, one entry per parcel. The page is
 * the busiest path Doorstep serves, so views are counted in memory and published in
 * batches rather than as one event (and one database write) per request. A parcel's views
 * are the "where is my order?" proxy: a shopper who keeps coming back is still waiting.
 *
 * @param shopId the shop whose pages were viewed
 * @param from start of the counting period
 * @param to end of the counting period
 * @param views one entry per parcel viewed in the period
 */
public record TrackingPagesViewed(ShopId shopId, Instant from, Instant to, List<ParcelViews> views) {

	public TrackingPagesViewed {
		views = List.copyOf(views);
	}

	/**
	 * @param shipmentId the parcel whose page was opened
	 * @param orderId the parcel's order
	 * @param count page views in the period (at least 1)
	 * @param firstViewedAt the first view in the period
	 */
	public record ParcelViews(ShipmentId shipmentId, OrderId orderId, int count, Instant firstViewedAt) {
	}

}
