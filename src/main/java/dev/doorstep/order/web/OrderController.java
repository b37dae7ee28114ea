package dev.doorstep.order.web;

import java.net.URI;
import java.util.UUID;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderPage;
import dev.doorstep.order.OrderQuery;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.order.Orders;
import dev.doorstep.order.PlaceOrderResult;
import dev.doorstep.shop.PublicUrls;
import dev.doorstep.shop.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The orders API. The shop is the API key's; ids of other shops answer 404.
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

	private final Orders orders;

	private final PublicUrls urls;

	OrderController(Orders orders, PublicUrls urls) {
		this.orders = orders;
		this.urls = urls;
	}

	/**
	 * One order with its thank-you link, on the shop's public base URL like tracking
	 * links.
	 */
	private OrderResponse withLink(ShopId shop, Order order) {
		return OrderResponse.of(order,
				this.orders.publicToken(shop, order.id())
					.map(token -> this.urls.absolute(shop, "/embed/thank-you/" + token))
					.orElse(null));
	}

	@PostMapping
	ResponseEntity<OrderResponse> place(ShopId shop, @Valid @RequestBody OrderRequest request) {
		PlaceOrderResult result = this.orders.place(shop, request.toDraft());
		OrderResponse body = withLink(shop, result.order());
		if (result instanceof PlaceOrderResult.Created) {
			return ResponseEntity.created(URI.create("/api/v1/orders/" + body.id())).body(body);
		}
		return ResponseEntity.ok(body);
	}

	@GetMapping("/{id}")
	OrderResponse get(ShopId shop, @PathVariable UUID id) {
		return withLink(shop, this.orders.get(shop, new OrderId(id)));
	}

	@GetMapping
	OrderResponse.Page search(ShopId shop, @RequestParam(required = false) @Nullable String orderNumber,
			@RequestParam(required = false) @Nullable OrderStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(OrderQuery.MAX_SIZE) int size) {
		OrderPage result = this.orders.search(shop, new OrderQuery(orderNumber, status, null, page, size));
		return new OrderResponse.Page(result.orders().stream().map(OrderResponse::of).toList(), result.page(),
				result.size(), result.totalElements(), result.totalPages());
	}

	@PostMapping("/{id}/cancel")
	@org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.OK)
	OrderResponse cancel(ShopId shop, @PathVariable UUID id) {
		return withLink(shop, this.orders.cancel(shop, new OrderId(id)));
	}

}
