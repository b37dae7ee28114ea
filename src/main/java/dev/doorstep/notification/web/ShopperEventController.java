package dev.doorstep.notification.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.ShopperEvents;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.ApiProblems;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.runtime.Problems;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/notifications/events}: returns, refunds, review requests, claims
 * and predicted delays from the merchant's own tools, turned into the shop's messages by
 * {@link ShopperEvents}.
 */
@RestController
class ShopperEventController {

	/** The event types of the API, each a trigger. */
	static final Map<String, Trigger> TYPES = types();

	/**
	 * One event. The order is named by {@code orderId} or by {@code orderNumber};
	 * {@code data} takes the keys the type allows, as strings.
	 */
	record EventRequest(@NotBlank @Size(max = 40) String type, @Nullable UUID orderId,
			@Nullable @Size(max = 64) String orderNumber, @Nullable UUID shipmentId,
			@NotBlank @Size(max = ShopperEvents.MAX_REFERENCE) String reference, @NotNull Instant occurredAt,
			@Nullable @Size(max = 20) Map<String, String> data) {
	}

	/**
	 * What became of the event: {@code planned}, {@code duplicate} (the same reference
	 * came before) or {@code nothing-to-send} (with the reason).
	 */
	record EventResponse(String status, List<UUID> messageIds, @Nullable String reason) {
	}

	private final ShopperEvents events;

	private final Orders orders;

	ShopperEventController(ShopperEvents events, Orders orders) {
		this.events = events;
		this.orders = orders;
	}

	@ApiProblems(org.springframework.http.HttpStatus.NOT_FOUND)
	@PostMapping("/api/v1/notifications/events")
	ResponseEntity<?> event(ShopId shop, @Valid @RequestBody EventRequest request) {
		Trigger trigger = TYPES.get(request.type());
		if (trigger == null) {
			throw new InvalidRequestException("type", "must be one of " + String.join(", ", TYPES.keySet()));
		}
		OrderId order = order(shop, request);
		Map<String, String> data = request.data() == null ? Map.of() : request.data();
		ShopperEvents.Outcome outcome = this.events.notify(shop, order,
				request.shipmentId() == null ? null : new ShipmentId(request.shipmentId()), trigger,
				request.reference(), request.occurredAt(), data);
		return switch (outcome) {
			case ShopperEvents.Outcome.Planned planned ->
				ResponseEntity.accepted().body(new EventResponse("planned", planned.messageIds(), null));
			case ShopperEvents.Outcome.AlreadyPlanned known ->
				ResponseEntity.ok(new EventResponse("duplicate", known.messageIds(), null));
			case ShopperEvents.Outcome.NothingToSend nothing ->
				ResponseEntity.ok(new EventResponse("nothing-to-send", List.of(), nothing.reason()));
			case ShopperEvents.Outcome.OrderNotFound missing -> throw new NotFoundException("Order", missing.orderId());
			case ShopperEvents.Outcome.ShipmentNotFound missing ->
				throw new NotFoundException("Shipment", missing.shipmentId());
			case ShopperEvents.Outcome.Invalid invalid -> throw new InvalidRequestException(invalid.violations());
			case ShopperEvents.Outcome.Unprocessable unprocessable -> unprocessable(unprocessable.violations());
		};
	}

	private OrderId order(ShopId shop, EventRequest request) {
		if (request.orderId() != null && request.orderNumber() != null) {
			throw new InvalidRequestException("orderNumber", "give either orderId or orderNumber, not both");
		}
		if (request.orderId() != null) {
			return new OrderId(request.orderId());
		}
		if (request.orderNumber() == null || request.orderNumber().isBlank()) {
			throw new InvalidRequestException("orderId", "orderId or orderNumber is required");
		}
		List<Order> found = this.orders.findByNumber(shop, request.orderNumber().strip());
		if (found.isEmpty()) {
			throw new NotFoundException("Order", request.orderNumber());
		}
		if (found.size() > 1) {
			throw new Unprocessable(List.of(new FieldViolation("orderNumber",
					"matches " + found.size() + " orders of the shop; send orderId instead")));
		}
		return found.getFirst().id();
	}

	/** Well-formed, but not applicable to this order: 422 naming the field. */
	private static ResponseEntity<ProblemDetail> unprocessable(List<FieldViolation> violations) {
		ProblemDetail problem = Problems.problem(HttpStatusCode.valueOf(422), "unprocessable-event",
				"Event does not apply to this order",
				violations.getFirst().field() + ": " + violations.getFirst().reason());
		problem.setProperty("errors",
				violations.stream().map(v -> Map.of("field", v.field(), "reason", v.reason())).toList());
		return Problems.response(problem);
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(Unprocessable.class)
	ResponseEntity<ProblemDetail> unprocessable(Unprocessable ex) {
		return unprocessable(ex.violations);
	}

	/** Thrown before anything is written, for cases answered with 422. */
	static final class Unprocessable extends RuntimeException {

		private final List<FieldViolation> violations;

		Unprocessable(List<FieldViolation> violations) {
			super(violations.getFirst().field() + ": " + violations.getFirst().reason());
			this.violations = violations;
		}

	}

	private static Map<String, Trigger> types() {
		Map<String, Trigger> types = new LinkedHashMap<>();
		types.put("return.requested", Trigger.RETURN_REQUESTED);
		types.put("return.approved", Trigger.RETURN_APPROVED);
		types.put("return.rejected", Trigger.RETURN_REJECTED);
		types.put("return.label_ready", Trigger.RETURN_LABEL_READY);
		types.put("return.received", Trigger.RETURN_RECEIVED);
		types.put("refund.issued", Trigger.REFUND_ISSUED);
		types.put("review.requested", Trigger.REVIEW_REQUEST);
		types.put("claim.updated", Trigger.CLAIM_UPDATED);
		types.put("delivery.delay_predicted", Trigger.DELAY_PREDICTED);
		return java.util.Collections.unmodifiableMap(types);
	}

}
