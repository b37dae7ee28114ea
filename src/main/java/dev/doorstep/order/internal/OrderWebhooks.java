package dev.doorstep.order.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderCancelled;
import dev.doorstep.order.OrderPlaced;
import dev.doorstep.order.OrderUpdated;
import dev.doorstep.webhook.OutboundEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code order.placed} and {@code order.cancelled} for the shop's webhook subscribers
 * (fields in docs/events.md). A plain listener runs inside the transaction that published
 * the order event, so the {@link OutboundEvent} is registered with the event publication
 * registry in that same transaction: no webhook for an order that was rolled back, and
 * none lost after a crash. The shopper's name, email, phone and address stay out.
 */
@Component
class OrderWebhooks {

	private final OrderRepository orders;

	private final ApplicationEventPublisher events;

	OrderWebhooks(OrderRepository orders, ApplicationEventPublisher events) {
		this.orders = orders;
		this.events = events;
	}

	@EventListener
	void on(OrderPlaced placed) {
		this.orders.find(placed.shopId(), placed.orderId())
			.ifPresent(order -> this.events.publishEvent(new OutboundEvent(placed.shopId(), "order.placed",
					order.id().value().toString(), placed.placedAt(), placedData(order))));
	}

	@EventListener
	void on(OrderUpdated updated) {
		this.orders.find(updated.shopId(), updated.orderId()).ifPresent(order -> {
			Map<String, Object> data = placedData(order);
			data.put("updatedAt", updated.updatedAt().toString());
			this.events.publishEvent(new OutboundEvent(updated.shopId(), "order.updated", order.id().value().toString(),
					updated.updatedAt(), data));
		});
	}

	@EventListener
	void on(OrderCancelled cancelled) {
		this.orders.find(cancelled.shopId(), cancelled.orderId()).ifPresent(order -> {
			Map<String, Object> data = head(order);
			data.put("cancelledAt", cancelled.cancelledAt().toString());
			this.events.publishEvent(new OutboundEvent(cancelled.shopId(), "order.cancelled",
					order.id().value().toString(), cancelled.cancelledAt(), data));
		});
	}

	private static Map<String, Object> placedData(Order order) {
		Map<String, Object> data = head(order);
		data.put("placedAt", order.placedAt().toString());
		data.put("currency", order.currency());
		data.put("total", order.total().toPlainString());
		data.put("locale", order.locale());
		data.put("protection", order.protection());
		data.put("items", order.items().stream().map(item -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("sku", item.sku());
			line.put("name", item.name());
			line.put("category", item.category());
			line.put("variant", item.variant());
			line.put("quantity", item.quantity());
			line.put("unitPrice", item.unitPrice().toPlainString());
			line.put("finalSale", item.finalSale());
			return line;
		}).toList());
		return data;
	}

	private static Map<String, Object> head(Order order) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("orderId", order.id().value().toString());
		data.put("externalId", order.externalId());
		data.put("orderNumber", order.orderNumber());
		data.put("status", order.status().name());
		return data;
	}

}
