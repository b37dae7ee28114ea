package dev.doorstep.feedback.internal;

import dev.doorstep.feedback.ReviewRequests;
import dev.doorstep.order.OrderCancelled;
import dev.doorstep.shipment.ShipmentDelivered;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Schedules the order's review request when a parcel is delivered (only the delivery of
 * its last parcel finds the order fully delivered), and cancels a scheduled one when the
 * order is cancelled. Runs after the publisher's commit; the event publication registry
 * retries a failed run, and both steps are idempotent.
 */
@Component
class FeedbackListener {

	private final ReviewRequests requests;

	FeedbackListener(ReviewRequests requests) {
		this.requests = requests;
	}

	@ApplicationModuleListener
	void on(ShipmentDelivered delivered) {
		this.requests.scheduleIfDelivered(delivered.shopId(), delivered.orderId());
	}

	@ApplicationModuleListener
	void on(OrderCancelled cancelled) {
		this.requests.cancel(cancelled.shopId(), cancelled.orderId());
	}

}
