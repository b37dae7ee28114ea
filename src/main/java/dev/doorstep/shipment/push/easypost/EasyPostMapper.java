package dev.doorstep.shipment.push.easypost;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.Payloads;
import dev.doorstep.shipment.push.PushPayload;
import dev.doorstep.shipment.push.PushedTracking;
import dev.doorstep.shipment.push.SourceCarriers;
import tools.jackson.databind.JsonNode;

/**
 * Maps an EasyPost webhook {@code Event}. Pure. Only {@code tracker.created} and
 * {@code tracker.updated} carry a tracker; every other event (batches, refunds, the test
 * events of the dashboard) yields no trackings but still has its id for deduplication.
 */
public final class EasyPostMapper {

	static final Set<String> TRACKER_EVENTS = Set.of("tracker.created", "tracker.updated");

	public PushPayload map(String body) {
		JsonNode root = Payloads.json(body, "an EasyPost event");
		String eventId = Payloads.text(root.path("id"));
		String object = Payloads.text(root.path("object"));
		if (eventId == null || (object != null && !object.equals("Event"))) {
			throw new MalformedResponseException("Not an EasyPost event: no id or not an Event object");
		}
		JsonNode tracker = root.path("result");
		if (!TRACKER_EVENTS.contains(Payloads.text(root.path("description"))) || !tracker.isObject()
				|| Payloads.text(tracker.path("tracking_code")) == null) {
			return new PushPayload(eventId, List.of());
		}
		return new PushPayload(eventId, List.of(tracking(tracker)));
	}

	private PushedTracking tracking(JsonNode tracker) {
		List<CarrierEvent> events = new ArrayList<>();
		for (JsonNode detail : tracker.path("tracking_details")) {
			Instant occurredAt = Payloads.instant(Payloads.text(detail.path("datetime")), ZoneOffset.UTC);
			if (occurredAt == null) {
				continue;
			}
			String description = Payloads.text(detail.path("message"));
			if (description == null) {
				description = Payloads.text(detail.path("description"));
			}
			JsonNode place = detail.path("tracking_location");
			events.add(CarrierEvent.of(occurredAt,
					EasyPostStatusCodes.lookup(Payloads.text(detail.path("status")),
							Payloads.text(detail.path("status_detail"))),
					description, CarrierEvent.location(Payloads.text(place.path("city")),
							Payloads.text(place.path("zip")), Payloads.text(place.path("country")))));
		}
		TrackingStatus status = EasyPostStatusCodes
			.lookup(Payloads.text(tracker.path("status")), Payloads.text(tracker.path("status_detail")))
			.mapping()
			.status();
		String carrier = Payloads.text(tracker.path("carrier"));
		return new PushedTracking(Payloads.text(tracker.path("tracking_code")), EasyPostCarriers.TABLE.carrier(carrier),
				(carrier != null) ? carrier : "", status, SourceCarriers.deliveredAt(status, events),
				Payloads.text(tracker.path("signed_by")),
				Payloads.instant(Payloads.text(tracker.path("est_delivery_date")), ZoneOffset.UTC), events);
	}

}
