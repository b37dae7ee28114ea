package dev.doorstep.console.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderPage;
import dev.doorstep.order.OrderQuery;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingLeg;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shop.ConsoleContext;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The order list with search and status filter, and one order with its parcels and their
 * timelines.
 */
@ConsoleController
class OrdersController {

	/** A parcel of the order as the detail page shows it. */
	public record Parcel(Shipment shipment, String trackingUrl, List<ParcelItem> items, List<TrackingEvent> timeline,
			List<TrackingLeg> legs) {
	}

	/** An order line in a parcel, named from the order. */
	public record ParcelItem(String sku, String name, int quantity) {
	}

	private final Orders orders;

	private final Shipments shipments;

	private final TrackingLinks links;

	OrdersController(Orders orders, Shipments shipments, TrackingLinks links) {
		this.orders = orders;
		this.shipments = shipments;
		this.links = links;
	}

	@GetMapping("/console")
	String home() {
		return "redirect:/console/orders";
	}

	@GetMapping("/console/orders")
	String list(ConsoleContext console, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		OrderStatus statusFilter = parse(status).orElse(null);
		String text = (q != null && !q.isBlank()) ? q.trim() : null;
		OrderPage result = this.orders.search(console.shopId(),
				new OrderQuery(null, statusFilter, text, Pager.pageNumber(page), Pager.PAGE_SIZE));
		Map<String, @Nullable String> filters = new LinkedHashMap<>();
		filters.put("q", text);
		filters.put("status", (statusFilter != null) ? statusFilter.name() : null);
		model.addAttribute("orders", result.orders());
		model.addAttribute("pager",
				Pager.of("/console/orders", filters, result.page(), result.totalPages(), result.totalElements()));
		model.addAttribute("q", (text != null) ? text : "");
		model.addAttribute("status", statusFilter);
		model.addAttribute("statuses", OrderStatus.values());
		return "console/orders";
	}

	@GetMapping("/console/orders/{id}")
	String detail(ConsoleContext console, @PathVariable UUID id, Model model) {
		// get() answers another shop's id exactly like an unknown one: 404.
		Order order = this.orders.get(console.shopId(), new OrderId(id));
		List<Parcel> parcels = this.shipments.forOrder(console.shopId(), order.id())
			.stream()
			.map(shipment -> new Parcel(shipment, this.links.url(shipment), itemsOf(order, shipment),
					this.shipments.timeline(console.shopId(), shipment.id()).reversed(),
					this.shipments.legs(console.shopId(), shipment.id())))
			.toList();
		model.addAttribute("order", order);
		model.addAttribute("parcels", parcels);
		return "console/order";
	}

	private static List<ParcelItem> itemsOf(Order order, Shipment shipment) {
		if (shipment.items().isEmpty()) {
			// A parcel sent without an item list carries the whole order.
			return order.items()
				.stream()
				.map(item -> new ParcelItem(item.sku(), item.name(), item.quantity()))
				.toList();
		}
		return shipment.items()
			.stream()
			.map(item -> new ParcelItem(item.sku(), order.item(item.sku()).map(Order.LineItem::name).orElse(item.sku()),
					item.quantity()))
			.toList();
	}

	private static Optional<OrderStatus> parse(@Nullable String status) {
		return Arrays.stream(OrderStatus.values()).filter(s -> s.name().equals(status)).findFirst();
	}

}
