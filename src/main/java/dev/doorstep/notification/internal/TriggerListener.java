package dev.doorstep.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.doorstep.delivery.DeliveryDelayPredicted;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.OrderPlaced;
import dev.doorstep.shipment.ShipmentCreated;
import dev.doorstep.shipment.ShipmentEstimateChanged;
import dev.doorstep.shipment.ShipmentStalled;
import dev.doorstep.shipment.ShipmentStatusChanged;
import dev.doorstep.shipment.TrackingStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Order and shipment events in, triggers out. Runs after the publisher's commit; the
 * event publication registry retries a failed run, and planning is idempotent, so a retry
 * plans nothing twice.
 */
@Component
class TriggerListener {

	// News older than this is history (a back-filled timeline, a replay), not a reason to
	// message anyone now.
	private static final Duration TOO_OLD = Duration.ofDays(2);

	private final Planner planner;

	private final Clock clock;

	TriggerListener(Planner planner, Clock clock) {
		this.planner = planner;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OrderPlaced placed) {
		if (fresh(placed.placedAt())) {
			this.planner.plan(placed.shopId(), Trigger.ORDER_CONFIRMED, placed.orderId(), null);
		}
	}

	@ApplicationModuleListener
	void on(ShipmentCreated created) {
		this.planner.plan(created.shopId(), Trigger.SHIPMENT_CREATED, created.orderId(), created.shipmentId());
	}

	@ApplicationModuleListener
	void on(ShipmentStatusChanged changed) {
		Trigger trigger = trigger(changed.previous(), changed.status());
		if (trigger != null && fresh(changed.occurredAt())) {
			this.planner.plan(changed.shopId(), trigger, changed.orderId(), changed.shipmentId());
		}
	}

	@ApplicationModuleListener
	void on(ShipmentEstimateChanged changed) {
		this.planner.plan(changed.shopId(), Trigger.DELIVERY_WINDOW_CHANGED, changed.orderId(), changed.shipmentId());
	}

	@ApplicationModuleListener
	void on(ShipmentStalled stalled) {
		this.planner.plan(stalled.shopId(), Trigger.STALLED, stalled.orderId(), stalled.shipmentId());
	}

	@ApplicationModuleListener
	void on(DeliveryDelayPredicted delay) {
		this.planner.plan(delay.shopId(), Trigger.DELAY_PREDICTED, delay.orderId(), delay.shipmentId());
	}

	static @Nullable Trigger trigger(TrackingStatus previous, TrackingStatus status) {
		return switch (status) {
			case IN_TRANSIT -> (previous == TrackingStatus.PENDING || previous == TrackingStatus.INFO_RECEIVED)
					? Trigger.FIRST_SCAN : null;
			case OUT_FOR_DELIVERY -> Trigger.OUT_FOR_DELIVERY;
			case ATTEMPT_FAIL -> Trigger.FAILED_ATTEMPT;
			case AVAILABLE_FOR_PICKUP -> Trigger.AVAILABLE_FOR_PICKUP;
			case DELIVERED -> Trigger.DELIVERED;
			case EXCEPTION -> Trigger.EXCEPTION;
			case PENDING, INFO_RECEIVED, EXPIRED -> null;
		};
	}

	private boolean fresh(@Nullable Instant occurredAt) {
		return occurredAt == null || occurredAt.isAfter(this.clock.instant().minus(TOO_OLD));
	}

}
