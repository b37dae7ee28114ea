package dev.doorstep.shipment.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.ApiProblems;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.CreateShipmentResult;
import dev.doorstep.shipment.NewShipment;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentDetailsContributor;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.ShipmentPage;
import dev.doorstep.shipment.ShipmentQuery;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingLeg;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.TrackingUpdate;
import dev.doorstep.shipment.TrackingUpdateResult;
import dev.doorstep.shipment.detection.CarrierDetector;
import dev.doorstep.shop.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shipments API: report parcels, push their events, read their timelines.
 */
@RestController
class ShipmentController {

	private final Shipments shipments;

	private final TrackingLinks links;

	private final Orders orders;

	private final CarrierDetector detector;

	private final List<ShipmentDetailsContributor> contributors;

	ShipmentController(Shipments shipments, TrackingLinks links, Orders orders, CarrierDetector detector,
			List<ShipmentDetailsContributor> contributors) {
		this.shipments = shipments;
		this.links = links;
		this.orders = orders;
		this.detector = detector;
		this.contributors = List.copyOf(contributors);
	}

	@ApiProblems(org.springframework.http.HttpStatus.CONFLICT)
	@PostMapping("/api/v1/orders/{orderId}/shipments")
	ResponseEntity<ShipmentResponse> create(ShopId shop, @PathVariable UUID orderId,
			@Valid @RequestBody ShipmentRequest request) {
		CarrierCode carrier = (request.carrier() == null || request.carrier().isBlank())
				? detected(request.trackingNumber()) : carrier(request.carrier(), "carrier");
		List<Shipment.Item> items = request.items() == null ? List.of()
				: request.items().stream().map(item -> new Shipment.Item(item.sku(), item.quantity())).toList();
		NewShipment shipment = new NewShipment(carrier,
				request.trackingNumber().trim().toUpperCase(java.util.Locale.ROOT), request.service(), items,
				request.shippedAt(),
				request.origin() == null ? null
						: new Shipment.Origin(request.origin().postcode(), request.origin().country()),
				request.promisedDeliveryDate());
		CreateShipmentResult result = this.shipments.create(shop, new OrderId(orderId), shipment);
		ShipmentResponse body = response(shop, result.shipment());
		if (result instanceof CreateShipmentResult.Created) {
			return ResponseEntity.created(URI.create("/api/v1/shipments/" + body.id())).body(body);
		}
		return ResponseEntity.ok(body);
	}

	@GetMapping("/api/v1/orders/{orderId}/shipments")
	List<ShipmentResponse> forOrder(ShopId shop, @PathVariable UUID orderId) {
		// 404 for another shop's order, rather than an empty list that would confirm it
		// exists.
		this.orders.get(shop, new OrderId(orderId));
		return this.shipments.forOrder(shop, new OrderId(orderId))
			.stream()
			.map(shipment -> ShipmentResponse.of(shipment, this.links.url(shipment), List.of()))
			.toList();
	}

	@GetMapping("/api/v1/shipments/{id}")
	ShipmentResponse get(ShopId shop, @PathVariable UUID id) {
		Shipment shipment = this.shipments.get(shop, new ShipmentId(id));
		Map<String, Object> details = new LinkedHashMap<>();
		for (ShipmentDetailsContributor contributor : this.contributors) {
			Object value = contributor.details(shipment);
			if (value != null) {
				details.put(contributor.field(), value);
			}
		}
		return ShipmentResponse.of(shipment, this.links.url(shipment), this.shipments.timeline(shop, shipment.id()),
				details);
	}

	@GetMapping("/api/v1/shipments")
	ShipmentResponse.Page search(ShopId shop, @RequestParam(required = false) @Nullable TrackingStatus status,
			@RequestParam(required = false) @Nullable String carrier,
			@RequestParam(required = false) @Nullable String trackingNumber,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		CarrierCode carrierCode = carrier == null || carrier.isBlank() ? null : carrier(carrier, "carrier");
		ShipmentPage result = this.shipments.search(shop,
				new ShipmentQuery(status, carrierCode, trackingNumber, page, size));
		return new ShipmentResponse.Page(result.shipments()
			.stream()
			.map(shipment -> ShipmentResponse.of(shipment, this.links.url(shipment), List.of()))
			.toList(), result.page(), result.size(), result.totalElements(), result.totalPages());
	}

	@PostMapping("/api/v1/shipments/{id}/events")
	ShipmentResponse.EventsResult events(ShopId shop, @PathVariable UUID id,
			@Valid @RequestBody EventsRequest request) {
		List<TrackingUpdate> updates = request.events()
			.stream()
			.map(event -> new TrackingUpdate(event.occurredAt(), event.status(), blankToNull(event.subStatus()),
					event.incidentReason(), event.description(),
					event.location() == null ? null
							: new TrackingEvent.Location(event.location().city(), event.location().postcode(),
									event.location().country()),
					blankToNull(event.externalId())))
			.toList();
		TrackingUpdateResult result = this.shipments.record(shop, new ShipmentId(id), updates);
		Shipment shipment = result.shipment();
		return new ShipmentResponse.EventsResult(result.accepted(), result.duplicates(), shipment.status(),
				shipment.subStatus(), shipment.delivered(), shipment.deliveredAt());
	}

	@GetMapping("/api/v1/shipments/{id}/legs")
	List<TrackingLeg> legs(ShopId shop, @PathVariable UUID id) {
		return this.shipments.legs(shop, new ShipmentId(id));
	}

	/**
	 * Tracks the parcel under one more carrier number, e.g. the local post's number after
	 * a cross-border hand-over that the first carrier's data does not name.
	 */
	@PostMapping("/api/v1/shipments/{id}/legs")
	ResponseEntity<List<TrackingLeg>> addLeg(ShopId shop, @PathVariable UUID id,
			@Valid @RequestBody LegRequest request) {
		CarrierCode carrier = (request.carrier() == null || request.carrier().isBlank())
				? detected(request.trackingNumber()) : carrier(request.carrier(), "carrier");
		boolean added = this.shipments.addLeg(shop, new ShipmentId(id), carrier,
				request.trackingNumber().trim().toUpperCase(java.util.Locale.ROOT));
		List<TrackingLeg> legs = this.shipments.legs(shop, new ShipmentId(id));
		return added ? ResponseEntity.status(201).body(legs) : ResponseEntity.ok(legs);
	}

	record LegRequest(@Nullable String carrier,
			@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(
					max = 64) @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]*",
							message = "must contain only letters, digits, spaces and dashes") String trackingNumber) {
	}

	@GetMapping("/api/v1/carriers")
	List<Map<String, String>> carriers() {
		return CarrierCode.known()
			.stream()
			.map(code -> Map.of("code", code, "name", new CarrierCode(code).displayName()))
			.toList();
	}

	private ShipmentResponse response(ShopId shop, Shipment shipment) {
		return ShipmentResponse.of(shipment, this.links.url(shipment), this.shipments.timeline(shop, shipment.id()));
	}

	private static CarrierCode carrier(String value, String field) {
		return CarrierCode.parse(value)
			.orElseThrow(() -> new InvalidRequestException(field,
					"unknown carrier '" + value + "'; known carriers: " + String.join(", ", CarrierCode.known())));
	}

	/**
	 * Without a carrier in the request, the tracking number has to name it beyond doubt.
	 */
	private CarrierCode detected(String trackingNumber) {
		return this.detector.carrierFor(trackingNumber).orElseThrow(() -> {
			List<String> candidates = this.detector.detect(trackingNumber)
				.stream()
				.map(candidate -> candidate.carrier() == null ? candidate.courierName() : candidate.carrier().value())
				.distinct()
				.toList();
			return new InvalidRequestException("carrier",
					candidates.isEmpty() ? "is required: no known tracking number format matches"
							: "is required: the tracking number could belong to " + String.join(", ", candidates));
		});
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
