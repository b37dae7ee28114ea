package dev.doorstep.order.platform.magento;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.doorstep.order.FulfilmentReported;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderDraft;
import dev.doorstep.order.platform.MalformedPayloadException;
import dev.doorstep.order.platform.PlatformCommand;
import tools.jackson.databind.JsonNode;

import static dev.doorstep.order.platform.PlatformJson.country;
import static dev.doorstep.order.platform.PlatformJson.first;
import static dev.doorstep.order.platform.PlatformJson.money;
import static dev.doorstep.order.platform.PlatformJson.object;
import static dev.doorstep.order.platform.PlatformJson.required;
import static dev.doorstep.order.platform.PlatformJson.text;

/**
 * Magento's REST shapes of an order ({@code SalesDataOrderInterface}) and a shipment
 * ({@code SalesDataShipmentInterface}) to Doorstep's commands. Webhooks and the pull both
 * use it. Pure: no I/O.
 */
final class MagentoMapper {

	/**
	 * Orders not placed (yet): the payment was not completed. The order is placed with
	 * its first version in another state.
	 */
	private static final Set<String> NOT_PLACED = Set.of("pending_payment", "payment_review");

	/** Magento's own carrier codes that name no carrier. */
	private static final Set<String> NO_CARRIER = Set.of("custom", "flatrate", "freeshipping", "tablerate");

	private MagentoMapper() {
	}

	static PlatformCommand order(JsonNode order) {
		String id = required(order, "entity_id");
		String state = first(text(order, "state"), text(order, "status"));
		if (state != null && NOT_PLACED.contains(state)) {
			return new PlatformCommand.Acknowledge("order " + id + ": state " + state + ", not placed yet");
		}
		JsonNode address = shippingAddress(order);
		Order.Customer customer = new Order.Customer(text(order, "customer_email"), text(address, "telephone"),
				first(text(order, "customer_firstname"), text(address, "firstname")),
				first(text(order, "customer_lastname"), text(address, "lastname")));
		List<String> street = new ArrayList<>();
		JsonNode lines = address.path("street");
		if (lines.isArray()) {
			lines.forEach(line -> {
				if (line.isString() && !line.asString().isBlank()) {
					street.add(line.asString().strip());
				}
			});
		}
		else if (text(address, "street") != null) {
			street.addAll(List.of(text(address, "street").split("\n")));
		}
		Order.Address shipping = street.isEmpty() && text(address, "postcode") == null ? null
				: new Order.Address(street.isEmpty() ? null : street.get(0),
						street.size() > 1 ? String.join(", ", street.subList(1, street.size())) : null,
						text(address, "postcode"), text(address, "city"), country(text(address, "country_id")));
		List<Order.LineItem> items = new ArrayList<>();
		for (JsonNode line : order.path("items")) {
			// A configurable product is two items: the parent with the price and the
			// chosen simple product under it. The parent is the order line.
			if (text(line, "parent_item_id") != null || object(line, "parent_item").size() > 0) {
				continue;
			}
			int quantity = (int) Math.round(line.path("qty_ordered").asDouble(0));
			if (quantity <= 0) {
				continue;
			}
			items.add(new Order.LineItem(sku(line), required(line, "name"), null, null, quantity, money(line, "price"),
					null, null));
		}
		if (items.isEmpty()) {
			throw new MalformedPayloadException("the order has no items");
		}
		String currency = first(text(order, "order_currency_code"), text(order, "base_currency_code"));
		if (currency == null) {
			throw new MalformedPayloadException("'order_currency_code' is missing");
		}
		OrderDraft draft = new OrderDraft(id, first(text(order, "increment_id"), id), utc(order, "created_at"),
				currency, null, customer, shipping, items, money(order, "grand_total"));
		Instant version = text(order, "updated_at") != null ? utc(order, "updated_at") : utc(order, "created_at");
		// Magento spells it "canceled".
		boolean cancelled = "canceled".equals(text(order, "state")) || "canceled".equals(text(order, "status"));
		return new PlatformCommand.PlaceOrder(draft, version, cancelled);
	}

	/**
	 * One fulfilment per track of the shipment: each track names its own carrier. The
	 * shipment's items go with the first.
	 */
	static List<PlatformCommand> shipment(JsonNode shipment) {
		String id = required(shipment, "entity_id");
		String orderId = required(shipment, "order_id");
		Instant at = utc(shipment, "created_at");
		List<FulfilmentReported.Item> items = new ArrayList<>();
		for (JsonNode line : shipment.path("items")) {
			int quantity = (int) Math.round(line.path("qty").asDouble(0));
			String sku = text(line, "sku");
			if (quantity > 0 && sku != null) {
				items.add(new FulfilmentReported.Item(sku, quantity));
			}
		}
		List<PlatformCommand> commands = new ArrayList<>();
		for (JsonNode track : shipment.path("tracks")) {
			String number = first(text(track, "track_number"), text(track, "number"));
			if (number == null) {
				continue;
			}
			String code = text(track, "carrier_code");
			String carrier = code == null || NO_CARRIER.contains(code) ? text(track, "title")
					: first(code, text(track, "title"));
			commands.add(new PlatformCommand.ReportFulfilment(orderId, "shipment-" + id + "-" + number, carrier,
					List.of(number), commands.isEmpty() ? List.copyOf(items) : List.of(), at));
		}
		if (commands.isEmpty()) {
			commands.add(new PlatformCommand.Acknowledge("shipment " + id + ": no tracking number, nothing to track"));
		}
		return commands;
	}

	/** Magento keeps times in UTC and writes them without a zone. */
	static Instant utc(JsonNode node, String field) {
		String value = required(node, field);
		try {
			if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
				return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
			}
			return LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new MalformedPayloadException("'" + field + "' is not a timestamp", ex);
		}
	}

	/**
	 * The first shipping assignment's address (the REST API's place for it), else the
	 * billing address (virtual orders).
	 */
	private static JsonNode shippingAddress(JsonNode order) {
		for (JsonNode assignment : object(order, "extension_attributes").path("shipping_assignments")) {
			JsonNode address = object(object(assignment, "shipping"), "address");
			if (!address.isEmpty()) {
				return address;
			}
		}
		return object(order, "billing_address");
	}

	private static String sku(JsonNode line) {
		String sku = text(line, "sku");
		return sku != null ? sku : "magento-product-" + required(line, "product_id");
	}

}
