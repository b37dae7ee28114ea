package dev.doorstep.console.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentPage;
import dev.doorstep.shipment.ShipmentQuery;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.ConsoleContext;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * All parcels of the shop, filtered by status, carrier and tracking number, each linked
 * to its order.
 */
@ConsoleController
class ShipmentsController {

	/** A row of the list: the parcel and the number of the order it belongs to. */
	public record Row(Shipment shipment, @Nullable String orderNumber) {
	}

	private final Shipments shipments;

	private final Orders orders;

	ShipmentsController(Shipments shipments, Orders orders) {
		this.shipments = shipments;
		this.orders = orders;
	}

	@GetMapping("/console/shipments")
	String list(ConsoleContext console, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String carrier,
			@RequestParam(required = false) @Nullable String trackingNumber,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		TrackingStatus statusFilter = Arrays.stream(TrackingStatus.values())
			.filter(s -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		CarrierCode carrierFilter = Optional.ofNullable(carrier).flatMap(CarrierCode::parse).orElse(null);
		String number = (trackingNumber != null && !trackingNumber.isBlank()) ? trackingNumber.trim() : null;
		ShipmentPage result = this.shipments.search(console.shopId(),
				new ShipmentQuery(statusFilter, carrierFilter, number, Pager.pageNumber(page), Pager.PAGE_SIZE));
		Map<OrderId, @Nullable String> numbers = new HashMap<>();
		List<Row> rows = result.shipments()
			.stream()
			.map(shipment -> new Row(shipment,
					numbers.computeIfAbsent(shipment.orderId(),
							id -> this.orders.find(console.shopId(), id).map(Order::orderNumber).orElse(null))))
			.toList();
		Map<String, @Nullable String> filters = new LinkedHashMap<>();
		filters.put("status", (statusFilter != null) ? statusFilter.name() : null);
		filters.put("carrier", (carrierFilter != null) ? carrierFilter.value() : null);
		filters.put("trackingNumber", number);
		model.addAttribute("rows", rows);
		model.addAttribute("pager",
				Pager.of("/console/shipments", filters, result.page(), result.totalPages(), result.totalElements()));
		model.addAttribute("status", statusFilter);
		model.addAttribute("carrier", carrierFilter);
		model.addAttribute("trackingNumber", (number != null) ? number : "");
		model.addAttribute("statuses", TrackingStatus.values());
		model.addAttribute("carriers", CarrierCode.known().stream().map(CarrierCode::new).toList());
		return "console/shipments";
	}

}
