package dev.doorstep.experiment.internal;

import dev.doorstep.feedback.DeliveryRated;
import dev.doorstep.order.OrderPlaced;
import dev.doorstep.order.Orders;
import dev.doorstep.returns.ReturnRequested;
import dev.doorstep.tracking.TrackingPagesViewed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Outcomes for the report, from other modules' events only: later orders of assigned
 * shoppers (repurchase), tracking-page views, return requests and delivery ratings of
 * their orders. Everything else is dropped on arrival. Each write is idempotent, so a
 * retried event counts once.
 */
@Component
class OutcomeListener {

	private final ExperimentRepository experiments;

	private final ResultsRepository results;

	private final Orders orders;

	OutcomeListener(ExperimentRepository experiments, ResultsRepository results, Orders orders) {
		this.experiments = experiments;
		this.results = results;
		this.orders = orders;
	}

	@ApplicationModuleListener
	void on(OrderPlaced placed) {
		// Most shops run no experiment: one indexed look-up, and no order read.
		if (!this.experiments.any(placed.shopId())) {
			return;
		}
		this.orders.find(placed.shopId(), placed.orderId()).ifPresent(order -> {
			String shopper = Assignments.shopperKey(order);
			if (this.results.assignedAnywhere(placed.shopId(), shopper)) {
				this.results.linkOrder(placed.shopId(), placed.orderId(), shopper, placed.placedAt());
			}
		});
	}

	@ApplicationModuleListener
	void on(TrackingPagesViewed viewed) {
		for (TrackingPagesViewed.ParcelViews parcel : viewed.views()) {
			this.results.outcome(viewed.shopId(), "VIEW",
					parcel.shipmentId().value() + "@" + viewed.from().toEpochMilli() + "-" + viewed.to().toEpochMilli(),
					parcel.orderId(), parcel.count(), parcel.firstViewedAt());
		}
	}

	@ApplicationModuleListener
	void on(ReturnRequested requested) {
		this.results.outcome(requested.shopId(), "RETURN", requested.returnId().toString(), requested.orderId(), 1,
				requested.occurredAt());
	}

	@ApplicationModuleListener
	void on(DeliveryRated rated) {
		this.results.outcome(rated.shopId(), "CSAT",
				rated.orderId().value() + "@" + (rated.shipmentId() == null ? "" : rated.shipmentId().value()) + "@"
						+ rated.occurredAt().toEpochMilli(),
				rated.orderId(), rated.csat(), rated.occurredAt());
	}

}
