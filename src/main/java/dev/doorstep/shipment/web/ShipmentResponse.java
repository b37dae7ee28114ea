package dev.doorstep.shipment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import org.jspecify.annotations.Nullable;

/**
 * A shipment as the API returns it, with its timeline oldest first. {@code pickupPoint}
 * is where the parcel waits, only while it is available for pickup.
 */
record ShipmentResponse(UUID id, UUID orderId, String carrier, String carrierName, String trackingNumber,
		@Nullable String service, TrackingStatus status, @Nullable String subStatus,
		@Nullable IncidentReason incidentReason, boolean delivered, @Nullable Instant deliveredAt,
		@Nullable Instant shippedAt, Shipment.@Nullable Origin origin, @Nullable LocalDate promisedDeliveryDate,
		@Nullable Instant lastEventAt, List<Shipment.Item> items, String trackingUrl, List<Event> events,
		Instant createdAt, Instant updatedAt, @Nullable PickupPoint pickupPoint,
		@JsonIgnore Map<String, Object> contributed) {

	/**
	 * What other modules add to a single shipment (see
	 * {@code ShipmentDetailsContributor}), as top-level fields after the shipment's own.
	 */
	@JsonAnyGetter
	Map<String, Object> contributedFields() {
		return this.contributed;
	}

	record Event(Instant occurredAt, TrackingStatus status, @Nullable String subStatus,
			@Nullable IncidentReason incidentReason, @Nullable String description,
			TrackingEvent.@Nullable Location location, @Nullable String externalId) {
	}

	static ShipmentResponse of(Shipment shipment, String trackingUrl, List<TrackingEvent> timeline) {
		return of(shipment, trackingUrl, timeline, Map.of());
	}

	static ShipmentResponse of(Shipment shipment, String trackingUrl, List<TrackingEvent> timeline,
			Map<String, Object> contributed) {
		return new ShipmentResponse(shipment.id().value(), shipment.orderId().value(), shipment.carrier().value(),
				shipment.carrier().displayName(), shipment.trackingNumber(), shipment.service(), shipment.status(),
				shipment.subStatus(), shipment.incidentReason(), shipment.delivered(), shipment.deliveredAt(),
				shipment.shippedAt(), shipment.origin(), shipment.promisedDeliveryDate(), shipment.lastEventAt(),
				shipment.items(), trackingUrl,
				timeline.stream()
					.map(e -> new Event(e.occurredAt(), e.status(), e.subStatus(), e.incidentReason(), e.description(),
							e.location(), e.externalId()))
					.toList(),
				shipment.createdAt(), shipment.updatedAt(), shipment.currentPickupPoint(), contributed);
	}

	/** What a batch of events did. */
	record EventsResult(int accepted, int duplicates, TrackingStatus status, @Nullable String subStatus,
			boolean delivered, @Nullable Instant deliveredAt) {
	}

	/** A page of shipments (without timelines). */
	record Page(List<ShipmentResponse> content, int page, int size, long totalElements, int totalPages) {
	}

}
