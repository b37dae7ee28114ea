package dev.doorstep.tracking.internal;

import dev.doorstep.order.OrderCancelled;
import dev.doorstep.order.OrderUpdated;
import dev.doorstep.shipment.ShipmentCreated;
import dev.doorstep.shipment.ShipmentStatusChanged;
import dev.doorstep.shop.ShopUpdated;
import dev.doorstep.tracking.ShopperActionsChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops what tracking pages kept for an order or shop once a change to it is committed: a
 * page built between the change and its commit would otherwise keep the old state.
 * Changes to the page's own parcel and its delivery window need no event: the page
 * compares their versions on every view. Events reach this node only, so on other nodes
 * the page may lag by {@code doorstep.tracking.rendered-page-ttl}.
 */
@Component
class PageInvalidation {

	private final TrackingPages pages;

	PageInvalidation(TrackingPages pages) {
		this.pages = pages;
	}

	/** Actions offered for the order (a return made, a claim filed). */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ShopperActionsChanged changed) {
		this.pages.changed(changed.orderId());
	}

	/** Its items, number and contacts. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(OrderUpdated updated) {
		this.pages.changed(updated.orderId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(OrderCancelled cancelled) {
		this.pages.changed(cancelled.orderId());
	}

	/** Every page of the order counts and lists its parcels. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ShipmentCreated created) {
		this.pages.changed(created.orderId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ShipmentStatusChanged changed) {
		this.pages.changed(changed.orderId());
	}

	/** Brand, name, languages, zone, contacts. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ShopUpdated updated) {
		this.pages.changed(updated.shopId());
	}

}
