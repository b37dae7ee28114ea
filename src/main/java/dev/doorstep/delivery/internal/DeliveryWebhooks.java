package dev.doorstep.delivery.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.doorstep.delivery.DeliveryDelayPredicted;
import dev.doorstep.delivery.DeliveryEstimateChanged;
import dev.doorstep.delivery.DeliveryWindow;
import dev.doorstep.webhook.OutboundEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code delivery.estimate_changed} and {@code delivery.delay_predicted} for the shop's
 * webhook subscribers (fields in docs/events.md). A plain listener runs inside the
 * promise update's transaction, so the {@link OutboundEvent} is registered with the event
 * publication registry in that same transaction.
 */
@Component
class DeliveryWebhooks {

	private final ApplicationEventPublisher events;

	DeliveryWebhooks(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(DeliveryEstimateChanged changed) {
		Map<String, Object> data = head(changed.shipmentId().value().toString(), changed.orderId().value().toString());
		data.put("previous", window(changed.previous()));
		data.put("window", window(changed.window()));
		data.put("basis", changed.basis().source().name());
		data.put("laneLevel", changed.basis().laneLevel());
		data.put("sampleSize", changed.basis().sampleSize());
		this.events.publishEvent(new OutboundEvent(changed.shopId(), "delivery.estimate_changed",
				changed.shipmentId().value().toString(), changed.occurredAt(), data));
	}

	@EventListener
	void on(DeliveryDelayPredicted delay) {
		Map<String, Object> data = head(delay.shipmentId().value().toString(), delay.orderId().value().toString());
		data.put("reason", delay.reason().name());
		data.put("promisedDate", delay.promisedDate().toString());
		data.put("window", window(delay.window()));
		data.put("daysWithoutScan", delay.daysWithoutScan());
		data.put("usualDays", delay.usualDays());
		data.put("stage", delay.stage());
		this.events.publishEvent(new OutboundEvent(delay.shopId(), "delivery.delay_predicted",
				delay.shipmentId().value().toString(), delay.occurredAt(), data));
	}

	private static Map<String, Object> head(String shipmentId, String orderId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("shipmentId", shipmentId);
		data.put("orderId", orderId);
		return data;
	}

	private static @Nullable Map<String, Object> window(@Nullable DeliveryWindow window) {
		if (window == null) {
			return null;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("earliest", window.earliest().toString());
		json.put("mostLikely", window.mostLikely().toString());
		json.put("latest", window.latest().toString());
		json.put("confidence", window.confidence());
		return json;
	}

}
