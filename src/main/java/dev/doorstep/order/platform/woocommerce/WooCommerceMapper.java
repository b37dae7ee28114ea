package dev.doorstep.order.platform.woocommerce;

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
import static dev.doorstep.order.platform.PlatformJson.money;
import static dev.doorstep.order.platform.PlatformJson.object;
import static dev.doorstep.order.platform.PlatformJson.required;
import static dev.doorstep.order.platform.PlatformJson.text;
import static dev.doorstep.order.platform.PlatformJson.utcInstant;

/**
 * A WooCommerce REST API v3 order (as its webhooks send it) to Doorstep's commands: the
 * order itself, then one fulfilment per entry of the Shipment Tracking extension. Pure:
 * no I/O.
 */
final class WooCommerceMapper {

	/** The meta key the WooCommerce Shipment Tracking extension stores parcels under. */
	static final String TRACKING_META = "_wc_shipment_tracking_items";

	private WooCommerceMapper() {
	}

	/**
	 * Checkouts not paid (yet): WooCommerce creates the order before the shopper pays,
	 * and a shopper who gave up must get no order confirmation. The order is placed with
	 * its first paid (or on-hold) version.
	 */
	private static final Set<String> NOT_PLACED = Set.of("pending", "failed", "checkout-draft");

	static List<PlatformCommand> order(JsonNode order) {
		String id = required(order, "id");
		String status = text(order, "status");
		if (status != null && NOT_PLACED.contains(status)) {
			return List.of(new PlatformCommand.Acknowledge("order " + id + ": status " + status + ", not placed yet"));
		}
		JsonNode billing = object(order, "billing");
		JsonNode shipping = object(order, "shipping");
		// Orders without shipping (virtual goods, or themes that hide the form) have
		// the address only in billing.
		JsonNode postal = text(shipping, "address_1") != null || text(shipping, "postcode") != null ? shipping
				: billing;
		Order.Customer customer = new Order.Customer(text(billing, "email"),
				first(text(billing, "phone"), text(shipping, "phone")),
				first(text(shipping, "first_name"), text(billing, "first_name")),
				first(text(shipping, "last_name"), text(billing, "last_name")));
		Order.Address address = text(postal, "address_1") == null && text(postal, "postcode") == null ? null
				: new Order.Address(text(postal, "address_1"), text(postal, "address_2"), text(postal, "postcode"),
						text(postal, "city"), country(text(postal, "country")));
		List<Order.LineItem> items = new ArrayList<>();
		for (JsonNode line : order.path("line_items")) {
			int quantity = line.path("quantity").asInt(0);
			if (quantity > 0) {
				items.add(new Order.LineItem(sku(line), required(line, "name"), null, variant(line), quantity,
						money(line, "price"), imageUrl(line), null));
			}
		}
		if (items.isEmpty()) {
			throw new MalformedPayloadException("the order has no line items");
		}
		Instant modified = utcInstant(order, "date_modified_gmt");
		OrderDraft draft = new OrderDraft(id, first(text(order, "number"), id), utcInstant(order, "date_created_gmt"),
				required(order, "currency"), null, customer, address, items, money(order, "total"));
		List<PlatformCommand> commands = new ArrayList<>();
		commands.add(new PlatformCommand.PlaceOrder(draft, modified, "cancelled".equals(text(order, "status"))));
		commands.addAll(tracking(id, order, modified));
		return commands;
	}

	private static List<PlatformCommand.ReportFulfilment> tracking(String orderId, JsonNode order, Instant modified) {
		List<PlatformCommand.ReportFulfilment> fulfilments = new ArrayList<>();
		for (JsonNode meta : order.path("meta_data")) {
			if (!TRACKING_META.equals(text(meta, "key"))) {
				continue;
			}
			for (JsonNode entry : meta.path("value")) {
				String number = text(entry, "tracking_number");
				if (number == null) {
					continue;
				}
				String carrier = first(text(entry, "custom_tracking_provider"), text(entry, "tracking_provider"));
				String shipped = text(entry, "date_shipped");
				Instant at = shipped != null && shipped.matches("\\d{1,12}")
						? Instant.ofEpochSecond(Long.parseLong(shipped)) : modified;
				// The extension names each entry by tracking_id; the number stands in
				// for older entries without one.
				fulfilments.add(new PlatformCommand.ReportFulfilment(orderId, first(text(entry, "tracking_id"), number),
						carrier, List.of(number), List.of(), at));
			}
		}
		return fulfilments;
	}

	/** Products without a SKU are named by their variation (or product) id. */
	private static String sku(JsonNode line) {
		String sku = text(line, "sku");
		if (sku != null) {
			return sku;
		}
		String variation = text(line, "variation_id");
		return variation != null && !"0".equals(variation) ? "wc-variation-" + variation
				: "wc-product-" + required(line, "product_id");
	}

	/** Attributes of a variation ({@code Size: M}) as WooCommerce shows them. */
	private static @Nullable String variant(JsonNode line) {
		List<String> parts = new ArrayList<>();
		for (JsonNode meta : line.path("meta_data")) {
			String key = first(text(meta, "display_key"), text(meta, "key"));
			String value = first(text(meta, "display_value"), text(meta, "value"));
			if (key != null && value != null && !key.startsWith("_")) {
				parts.add(key + ": " + value);
			}
		}
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

	private static @Nullable String imageUrl(JsonNode line) {
		String src = text(object(line, "image"), "src");
		return src != null && src.matches("https?://\\S+") ? src : null;
	}

}
