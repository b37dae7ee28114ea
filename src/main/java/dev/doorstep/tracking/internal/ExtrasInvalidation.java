package dev.doorstep.tracking.internal;

import dev.doorstep.tracking.ShopperActionsChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops what tracking pages showed for an order once the change is committed: a page
 * viewed between the change and its commit would otherwise keep the old actions.
 */
@Component
class ExtrasInvalidation {

	private final TrackingPages pages;

	ExtrasInvalidation(TrackingPages pages) {
		this.pages = pages;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ShopperActionsChanged changed) {
		this.pages.forget(changed.orderId());
	}

}
