package dev.doorstep.order.platform.shopify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.doorstep.order.FulfilmentReported;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderDraft;
import dev.doorstep.order.platform.MalformedPayloadException;
import dev.doorstep.order.platform.PlatformCommand;
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
 * Shopify's order and fulfillment JSON (Admin REST resources, as webhooks send them) to
 * Doorstep's commands. Pure: no I/O.
 */
final class ShopifyMapper {

	private ShopifyMapper() {
	}

	static PlatformCommand.PlaceOrder order(JsonNode order) {
		String id = required(order, "id");
		String number = text(order, "name");
		if (number == null) {
			number = "#" + required(order, "order_number");
		}
		JsonNode customer = object(order, "customer");
		JsonNode shipping = object(order, "shipping_address");
		String email = first(text(order, "email"), text(customer, "email"));
		String phone = first(text(order, "phone"), text(customer, "phone"), text(shipping, "phone"));
		Order.Customer shopper = new Order.Customer(email, phone,
				first(text(customer, "first_name"), text(shipping, "first_name")),
				first(text(customer, "last_name"), text(shipping, "last_name")));
		Order.Address address = shipping.isEmpty() ? null
				: new Order.Address(text(shipping, "address1"), text(shipping, "address2"), text(shipping, "zip"),
						text(shipping, "city"), country(text(shipping, "country_code")));
		List<Order.LineItem> items = new ArrayList<>();
		for (JsonNode line : order.path("line_items")) {
			// Shopify keeps removed lines with quantity 0 after an order edit.
			int quantity = line.path("quantity").asInt(0);
			if (quantity <= 0) {
				continue;
			}
			items.add(new Order.LineItem(sku(line), required(line, "title"), null, text(line, "variant_title"),
					quantity, money(line, "price"), null, null));
		}
		if (items.isEmpty()) {
			throw new MalformedPayloadException("the order has no line items");
		}
		BigDecimal total = money(order, "total_price");
		OrderDraft draft = new OrderDraft(id, number, instant(order, "created_at"), required(order, "currency"),
				locale(text(order, "customer_locale")), shopper, address, items, total);
		return new PlatformCommand.PlaceOrder(draft, instant(order, "updated_at"), text(order, "cancelled_at") != null);
	}

	/** Fulfilment states in which nothing left the warehouse (or it was called back). */
	private static final java.util.Set<String> NOT_SHIPPED = java.util.Set.of("cancelled", "error", "failure");

	static PlatformCommand fulfilment(JsonNode fulfilment) {
		String status = text(fulfilment, "status");
		if (status != null && NOT_SHIPPED.contains(status)) {
			return new PlatformCommand.Acknowledge(
					"fulfilment " + required(fulfilment, "id") + ": status " + status + ", nothing to track");
		}
		List<String> numbers = new ArrayList<>();
		for (JsonNode number : fulfilment.path("tracking_numbers")) {
			if (!number.isNull() && !number.asString().isBlank()) {
				numbers.add(number.asString().strip());
			}
		}
		String single = text(fulfilment, "tracking_number");
		if (numbers.isEmpty() && single != null) {
			numbers.add(single);
		}
		List<FulfilmentReported.Item> items = new ArrayList<>();
		for (JsonNode line : fulfilment.path("line_items")) {
			int quantity = line.path("quantity").asInt(0);
			if (quantity > 0) {
				items.add(new FulfilmentReported.Item(sku(line), quantity));
			}
		}
		return new PlatformCommand.ReportFulfilment(required(fulfilment, "order_id"), required(fulfilment, "id"),
				text(fulfilment, "tracking_company"), List.copyOf(numbers), List.copyOf(items),
				instant(fulfilment, "created_at"));
	}

	/**
	 * Products without a SKU are named by their variant (or line) id, the same way
	 * everywhere.
	 */
	private static String sku(JsonNode line) {
		String sku = text(line, "sku");
		if (sku != null) {
			return sku;
		}
		String variant = text(line, "variant_id");
		return variant != null ? "shopify-variant-" + variant : "shopify-line-" + required(line, "id");
	}

}
