package dev.doorstep.order.platform.shopware;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderDraft;
import dev.doorstep.order.platform.MalformedPayloadException;
import dev.doorstep.order.platform.PlatformCommand;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static dev.doorstep.order.platform.PlatformJson.country;
import static dev.doorstep.order.platform.PlatformJson.first;
import static dev.doorstep.order.platform.PlatformJson.instant;
import static dev.doorstep.order.platform.PlatformJson.locale;
import static dev.doorstep.order.platform.PlatformJson.money;
import static dev.doorstep.order.platform.PlatformJson.object;
import static dev.doorstep.order.platform.PlatformJson.required;
import static dev.doorstep.order.platform.PlatformJson.text;

/**
 * Shopware's order entity (as its app webhooks serialize it: camelCase fields,
 * associations nested) to Doorstep's commands: the order, then one fulfilment per shipped
 * delivery with tracking codes. Pure: no I/O.
 */
final class ShopwareMapper {

	/** Line item types that are goods; promotions and credits are not. */
	private static final Set<String> GOODS = Set.of("product", "custom");

	/** Delivery states in which parcels have left. */
	private static final Set<String> SHIPPED = Set.of("shipped", "shipped_partially");

	private ShopwareMapper() {
	}

	static List<PlatformCommand> order(JsonNode order, String event) {
		String id = required(order, "id");
		JsonNode customer = object(order, "orderCustomer");
		JsonNode deliveries = order.path("deliveries");
		JsonNode address = deliveries.isArray() && !deliveries.isEmpty()
				? object(deliveries.get(0), "shippingOrderAddress") : object(order, "billingAddress");
		if (address.isEmpty()) {
			address = object(order, "billingAddress");
		}
		Order.Customer shopper = new Order.Customer(text(customer, "email"),
				first(text(address, "phoneNumber"), text(object(order, "billingAddress"), "phoneNumber")),
				first(text(customer, "firstName"), text(address, "firstName")),
				first(text(customer, "lastName"), text(address, "lastName")));
		Order.Address shipping = text(address, "street") == null && text(address, "zipcode") == null ? null
				: new Order.Address(text(address, "street"), text(address, "additionalAddressLine1"),
						text(address, "zipcode"), text(address, "city"),
						country(text(object(address, "country"), "iso")));
		List<Order.LineItem> items = new ArrayList<>();
		for (JsonNode line : order.path("lineItems")) {
			int quantity = line.path("quantity").asInt(0);
			String type = text(line, "type");
			// Bundles and configurators nest their parts; the parts are not lines of
			// their own on the order.
			if (quantity <= 0 || (type != null && !GOODS.contains(type)) || text(line, "parentId") != null) {
				continue;
			}
			items.add(new Order.LineItem(sku(line), required(line, "label"), null, variant(line), quantity,
					money(line, "unitPrice"), null, null));
		}
		if (items.isEmpty()) {
			throw new MalformedPayloadException("the order has no product line items");
		}
		String currency = first(text(object(order, "currency"), "isoCode"), text(order, "currencyIsoCode"));
		if (currency == null) {
			throw new MalformedPayloadException("'currency.isoCode' is missing");
		}
		Instant created = instant(order, "createdAt");
		// A new order has no updatedAt yet; every later write sets it.
		Instant version = text(order, "updatedAt") != null ? instant(order, "updatedAt") : created;
		Instant placed = text(order, "orderDateTime") != null ? instant(order, "orderDateTime") : created;
		OrderDraft draft = new OrderDraft(id, required(order, "orderNumber"), placed, currency,
				locale(text(object(object(order, "language"), "locale"), "code")), shopper, shipping, items,
				money(order, "amountTotal"));
		boolean cancelled = "state_enter.order.state.cancelled".equals(event)
				|| "cancelled".equals(text(object(order, "stateMachineState"), "technicalName"));
		List<PlatformCommand> commands = new ArrayList<>();
		commands.add(new PlatformCommand.PlaceOrder(draft, version, cancelled));
		commands.addAll(fulfilments(id, deliveries, event, version));
		return commands;
	}

	/**
	 * Deliveries that left with tracking codes. The delivery's state says so; a payload
	 * without states counts as shipped when the event is a shipped event.
	 */
	private static List<PlatformCommand.ReportFulfilment> fulfilments(String orderId, JsonNode deliveries, String event,
			Instant version) {
		boolean shippedEvent = event.startsWith("state_enter.order_delivery.state.shipped");
		List<PlatformCommand.ReportFulfilment> fulfilments = new ArrayList<>();
		for (JsonNode delivery : deliveries) {
			String state = text(object(delivery, "stateMachineState"), "technicalName");
			if (!(state == null ? shippedEvent : SHIPPED.contains(state))) {
				continue;
			}
			List<String> codes = new ArrayList<>();
			for (JsonNode code : delivery.path("trackingCodes")) {
				if (code.isString() && !code.asString().isBlank()) {
					codes.add(code.asString().strip());
				}
			}
			if (codes.isEmpty()) {
				continue;
			}
			JsonNode method = object(delivery, "shippingMethod");
			String carrier = first(text(object(method, "translated"), "name"), text(method, "name"));
			Instant at = text(delivery, "updatedAt") != null ? instant(delivery, "updatedAt") : version;
			fulfilments.add(new PlatformCommand.ReportFulfilment(orderId, required(delivery, "id"), carrier,
					List.copyOf(codes), List.of(), at));
		}
		return fulfilments;
	}

	/** The product number; products without one are named by their product id. */
	private static String sku(JsonNode line) {
		String number = text(object(line, "payload"), "productNumber");
		if (number != null) {
			return number;
		}
		String product = first(text(line, "productId"), text(line, "referencedId"));
		return product != null ? "shopware-product-" + product : "shopware-line-" + required(line, "id");
	}

	/** The variant's options ({@code Größe: M, Farbe: Oliv}) as Shopware lists them. */
	private static @Nullable String variant(JsonNode line) {
		List<String> parts = new ArrayList<>();
		for (JsonNode option : object(line, "payload").path("options")) {
			String group = text(option, "group");
			String value = text(option, "option");
			if (group != null && value != null) {
				parts.add(group + ": " + value);
			}
		}
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

}
