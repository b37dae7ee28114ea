package dev.doorstep.recommendation.internal;

import dev.doorstep.order.OrderCancelled;
import dev.doorstep.order.OrderPlaced;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Placed and cancelled orders update the shop's model after the order's commit. A model
 * remembers the orders it holds, so a retried event changes nothing.
 */
@Component
class OrderListener {

	private final ShopModels models;

	private final Clicks clicks;

	OrderListener(ShopModels models, Clicks clicks) {
		this.models = models;
		this.clicks = clicks;
	}

	@ApplicationModuleListener
	void on(OrderPlaced placed) {
		this.models.placed(placed.shopId(), placed.orderId());
		// Once per (click, order) by the table's keys, so a redelivered event adds
		// nothing.
		this.clicks.attribute(placed.shopId(), placed.orderId());
	}

	@ApplicationModuleListener
	void on(OrderCancelled cancelled) {
		this.models.cancelled(cancelled.shopId(), cancelled.orderId());
	}

}
