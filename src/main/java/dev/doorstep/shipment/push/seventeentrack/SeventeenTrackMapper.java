package dev.doorstep.shipment.push.seventeentrack;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.Payloads;
import dev.doorstep.shipment.push.PushPayload;
import dev.doorstep.shipment.push.PushedTracking;
import dev.doorstep.shipment.push.SourceCarriers;
import dev.doorstep.shipment.push.Signatures;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps a 17TRACK webhook body. Pure.
 * <p>
 * {@code TRACKING_UPDATED} with {@code track_info} yields one parcel. Several providers
 * in {@code tracking.providers} are legs of that one parcel (e.g. the origin post and the
 * destination carrier), so all their events form one timeline. {@code TRACKING_STOPPED},
 * and the test notification 17TRACK sends without {@code track_info}, yield no trackings.
 * 17TRACK sends no delivery id: the SHA-256 of the body stands in, so a resent identical
 * body is recognized.
 */
public final class SeventeenTrackMapper {

	static final String TRACKING_UPDATED = "TRACKING_UPDATED";

	public PushPayload map(byte[] body) {
		JsonNode root = Payloads.json(new String(body, java.nio.charset.StandardCharsets.UTF_8),
				"a 17TRACK notification");
		String event = Payloads.text(root.path("event"));
		JsonNode data = root.path("data");
		if (event == null || !data.isObject()) {
			throw new MalformedResponseException("Not a 17TRACK notification: no event or data");
		}
		String deliveryId = Signatures.hex(Signatures.sha256(body));
		JsonNode trackInfo = data.path("track_info");
		String number = Payloads.text(data.path("number"));
		if (!TRACKING_UPDATED.equals(event) || !trackInfo.isObject() || number == null) {
			return new PushPayload(deliveryId, List.of());
		}
		return new PushPayload(deliveryId, List.of(tracking(number, data, trackInfo)));
	}

	private PushedTracking tracking(String number, JsonNode data, JsonNode trackInfo) {
		List<CarrierEvent> events = new ArrayList<>();
		for (JsonNode provider : trackInfo.path("tracking").path("providers")) {
			for (JsonNode event : provider.path("events")) {
				CarrierEvent mapped = event(event);
				if (mapped != null) {
					events.add(mapped);
				}
			}
		}
		JsonNode latest = trackInfo.path("latest_status");
		String subStatus = Payloads.text(latest.path("sub_status"));
		TrackingStatus status = SeventeenTrackStatusCodes.TABLE
			.lookup((subStatus != null) ? subStatus : Payloads.text(latest.path("status")))
			.mapping()
			.status();
		String carrier = Payloads.text(data.path("carrier"));
		JsonNode estimate = trackInfo.path("time_metrics").path("estimated_delivery_date");
		Instant estimatedDelivery = Payloads.instant(Payloads.text(estimate.path("to")), ZoneOffset.UTC);
		if (estimatedDelivery == null) {
			estimatedDelivery = Payloads.instant(Payloads.text(estimate.path("from")), ZoneOffset.UTC);
		}
		return new PushedTracking(number, SeventeenTrackCarriers.TABLE.carrier(carrier),
				(carrier != null) ? carrier : "", status, SourceCarriers.deliveredAt(status, events), null,
				estimatedDelivery, events);
	}

	private static @Nullable CarrierEvent event(JsonNode event) {
		Instant occurredAt = Payloads.instant(Payloads.text(event.path("time_utc")), ZoneOffset.UTC);
		if (occurredAt == null) {
			occurredAt = Payloads.instant(Payloads.text(event.path("time_iso")), ZoneOffset.UTC);
		}
		if (occurredAt == null) {
			return null;
		}
		String subStatus = Payloads.text(event.path("sub_status"));
		String description = Payloads.text(event.path("description"));
		if (description == null) {
			description = Payloads.text(event.path("location"));
		}
		JsonNode address = event.path("address");
		String country = Payloads.text(address.path("country"));
		return CarrierEvent.of(occurredAt,
				SeventeenTrackStatusCodes.TABLE
					.lookup((subStatus != null) ? subStatus : Payloads.text(event.path("stage"))),
				description,
				CarrierEvent.location(Payloads.text(address.path("city")), Payloads.text(address.path("postal_code")),
						(country != null) ? country.toUpperCase(java.util.Locale.ROOT) : null));
	}

}
