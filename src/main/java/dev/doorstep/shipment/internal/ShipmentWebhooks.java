package dev.doorstep.shipment.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentCreated;
import dev.doorstep.shipment.ShipmentDelivered;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.ShipmentStalled;
import dev.doorstep.shipment.ShipmentStatusChanged;
import dev.doorstep.shop.ShopId;
import dev.doorstep.webhook.OutboundEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code shipment.*} for the shop's webhook subscribers (fields in docs/events.md). A
 * plain listener runs inside the transaction that published the shipment event, so the
 * {@link OutboundEvent} is registered with the event publication registry in that same
 * transaction, exactly when the change itself commits. Return parcels publish none of
 * these events (their news is {@code return.*}).
 */
@Component
class ShipmentWebhooks {

	private final ShipmentRepository shipments;

	private final ApplicationEventPublisher events;

	ShipmentWebhooks(ShipmentRepository shipments, ApplicationEventPublisher events) {
		this.shipments = shipments;
		this.events = events;
	}

	@EventListener
	void on(ShipmentCreated created) {
		publish(created.shopId(), created.shipmentId(), "shipment.created", null, (shipment, data) -> {
			data.put("service", shipment.service());
			data.put("shippedAt", instant(shipment.shippedAt()));
			data.put("promisedDeliveryDate",
					shipment.promisedDeliveryDate() == null ? null : shipment.promisedDeliveryDate().toString());
			data.put("items",
					shipment.items()
						.stream()
						.map(item -> Map.<String, Object>of("sku", item.sku(), "quantity", item.quantity()))
						.toList());
		});
	}

	@EventListener
	void on(ShipmentStatusChanged changed) {
		publish(changed.shopId(), changed.shipmentId(), "shipment.status_changed", changed.occurredAt(),
				(shipment, data) -> {
					data.put("previousStatus", changed.previous().name());
					data.put("status", changed.status().name());
					data.put("subStatus", changed.subStatus());
					data.put("incidentReason",
							changed.incidentReason() == null ? null : changed.incidentReason().name());
					data.put("occurredAt", instant(changed.occurredAt()));
				});
	}

	@EventListener
	void on(ShipmentDelivered delivered) {
		publish(delivered.shopId(), delivered.shipmentId(), "shipment.delivered", delivered.deliveredAt(),
				(shipment, data) -> {
					data.put("deliveredAt", delivered.deliveredAt().toString());
					data.put("subStatus", delivered.subStatus());
				});
	}

	@EventListener
	void on(ShipmentStalled stalled) {
		publish(stalled.shopId(), stalled.shipmentId(), "shipment.stalled", stalled.detectedAt(), (shipment, data) -> {
			data.put("status", stalled.status().name());
			data.put("lastEventAt", instant(stalled.lastEventAt()));
			data.put("detectedAt", stalled.detectedAt().toString());
		});
	}

	/** The fields every shipment type shares, then the type's own. */
	private void publish(ShopId shop, ShipmentId id, String type, @Nullable Instant at,
			BiConsumer<Shipment, Map<String, Object>> fields) {
		this.shipments.find(shop, id).ifPresent(shipment -> {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("shipmentId", shipment.id().value().toString());
			data.put("orderId", shipment.orderId().value().toString());
			data.put("carrier", shipment.carrier().value());
			data.put("trackingNumber", shipment.trackingNumber());
			fields.accept(shipment, data);
			Instant time = at != null ? at : shipment.createdAt();
			this.events.publishEvent(new OutboundEvent(shop, type, shipment.id().value().toString(), time, data));
		});
	}

	private static @Nullable String instant(@Nullable Instant instant) {
		return instant == null ? null : instant.toString();
	}

}
