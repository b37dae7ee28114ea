package dev.doorstep.tracking.internal;

import dev.doorstep.order.OrderCancelled;
import dev.doorstep.order.OrderUpdated;
import dev.doorstep.tracking.ShopperActionsChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops what tracking pages showed for an order once the change is committed: a page
 * viewed between the change and its commit would otherwise keep the old actions, items or
 * contacts.
 */
@Component
class PageInvalidation {

	private final TrackingPages pages;

	PageInvalidation(TrackingPages pages) {
		this.pages = pages;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ShopperActionsChanged changed) {
		this.pages.forget(changed.orderId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(OrderUpdated updated) {
		this.pages.forgetPages(updated.orderId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(OrderCancelled cancelled) {
		this.pages.forgetPages(cancelled.orderId());
	}

}
