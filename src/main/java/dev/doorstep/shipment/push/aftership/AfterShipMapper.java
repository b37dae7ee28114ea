package dev.doorstep.shipment.push.aftership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.Payloads;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.push.PushPayload;
import dev.doorstep.shipment.push.PushedTracking;
import dev.doorstep.shipment.push.SourceCarriers;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps an AfterShip tracking webhook body. Pure.
 * <p>
 * Every event that carries a tracking in {@code msg} ({@code tracking_update},
 * {@code edd_revise}, {@code tracking_pending_time}) yields it; anything else yields no
 * trackings. Checkpoint times carry the local offset; the rare one without an offset is
 * read as UTC. Each checkpoint's {@code subtag} decides its status; a sub-tag AfterShip
 * added after this table keeps its tag's status and is flagged unmapped.
 */
public final class AfterShipMapper {

	static final Set<String> TRACKING_EVENTS = Set.of("tracking_update", "edd_revise", "tracking_pending_time");

	private static final Map<String, String> ISO2_BY_ISO3 = iso2ByIso3();

	public PushPayload map(String body) {
		JsonNode root = Payloads.json(body, "an AfterShip webhook");
		String eventId = Payloads.text(root.path("event_id"));
		if (eventId == null) {
			throw new MalformedResponseException("Not an AfterShip webhook: no event_id");
		}
		JsonNode msg = root.path("msg");
		if (!TRACKING_EVENTS.contains(Payloads.text(root.path("event"))) || !msg.isObject()
				|| Payloads.text(msg.path("tracking_number")) == null) {
			return new PushPayload(eventId, List.of());
		}
		return new PushPayload(eventId, List.of(tracking(msg)));
	}

	private PushedTracking tracking(JsonNode msg) {
		String slug = Payloads.text(msg.path("slug"));
		List<CarrierEvent> events = new ArrayList<>();
		for (JsonNode checkpoint : msg.path("checkpoints")) {
			CarrierEvent event = event(checkpoint);
			if (event != null) {
				events.add(event);
			}
		}
		TrackingStatus status = lookup(Payloads.text(msg.path("subtag")), Payloads.text(msg.path("tag"))).mapping()
			.status();
		Instant deliveredAt = null;
		if (status == TrackingStatus.DELIVERED) {
			deliveredAt = Payloads.instant(Payloads.text(msg.path("shipment_delivery_date")), ZoneOffset.UTC);
			if (deliveredAt == null) {
				deliveredAt = SourceCarriers.deliveredAt(status, events);
			}
		}
		return new PushedTracking(Payloads.text(msg.path("tracking_number")), AfterShipCarriers.TABLE.carrier(slug),
				(slug != null) ? slug : "", status, deliveredAt, Payloads.text(msg.path("signed_by")),
				estimatedDelivery(msg), events);
	}

	private @Nullable CarrierEvent event(JsonNode checkpoint) {
		Instant occurredAt = Payloads.instant(Payloads.text(checkpoint.path("checkpoint_time")), ZoneOffset.UTC);
		if (occurredAt == null) {
			// A checkpoint without a time cannot be placed on the timeline
			occurredAt = Payloads.instant(Payloads.text(checkpoint.path("created_at")), ZoneOffset.UTC);
		}
		if (occurredAt == null) {
			return null;
		}
		StatusCodeTable.Lookup lookup = lookup(Payloads.text(checkpoint.path("subtag")),
				Payloads.text(checkpoint.path("tag")));
		String description = Payloads.text(checkpoint.path("message"));
		if (description == null) {
			description = Payloads.text(checkpoint.path("subtag_message"));
		}
		String postcode = Payloads.text(checkpoint.path("postal_code"));
		if (postcode == null) {
			postcode = Payloads.text(checkpoint.path("zip"));
		}
		String country = Payloads.text(checkpoint.path("country_region"));
		if (country == null) {
			country = Payloads.text(checkpoint.path("country_iso3"));
		}
		return CarrierEvent.of(occurredAt, lookup, description,
				CarrierEvent.location(Payloads.text(checkpoint.path("city")), postcode, iso2(country)));
	}

	/**
	 * The sub-tag when AfterShip knows one, else the tag. A sub-tag missing from the
	 * table but with a known tag takes the tag's mapping, still flagged unmapped.
	 */
	static StatusCodeTable.Lookup lookup(@Nullable String subtag, @Nullable String tag) {
		if (subtag == null) {
			return AfterShipStatusCodes.TABLE.lookup(tag);
		}
		StatusCodeTable.Lookup bySubtag = AfterShipStatusCodes.TABLE.lookup(subtag);
		if (bySubtag.mapped() || tag == null) {
			return bySubtag;
		}
		StatusCodeTable.Lookup byTag = AfterShipStatusCodes.TABLE.lookup(tag);
		return byTag.mapped() ? new StatusCodeTable.Lookup(subtag, byTag.mapping(), false) : bySubtag;
	}

	private static @Nullable Instant estimatedDelivery(JsonNode msg) {
		String[] candidates = { Payloads.text(msg.path("latest_estimated_delivery").path("datetime")),
				Payloads.text(msg.path("courier_estimated_delivery_date").path("estimated_delivery_date")),
				Payloads.text(msg.path("aftership_estimated_delivery_date").path("estimated_delivery_date")),
				Payloads.text(msg.path("expected_delivery")) };
		for (String candidate : candidates) {
			Instant instant = dateOrTime(candidate);
			if (instant != null) {
				return instant;
			}
		}
		return null;
	}

	/** AfterShip sends estimates as a date ({@code 2026-11-24}) or a date-time. */
	private static @Nullable Instant dateOrTime(@Nullable String value) {
		if (value == null) {
			return null;
		}
		if (value.length() == 10) {
			try {
				return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (java.time.format.DateTimeParseException ex) {
				return null;
			}
		}
		return Payloads.instant(value, ZoneOffset.UTC);
	}

	/** AfterShip names countries in ISO 3166-1 alpha-3; Doorstep stores alpha-2. */
	static @Nullable String iso2(@Nullable String country) {
		if (country == null) {
			return null;
		}
		String upper = country.toUpperCase(Locale.ROOT);
		if (upper.length() == 2) {
			return upper;
		}
		return ISO2_BY_ISO3.get(upper);
	}

	private static Map<String, String> iso2ByIso3() {
		Map<String, String> codes = new HashMap<>();
		for (String iso2 : Locale.getISOCountries()) {
			codes.put(Locale.of("", iso2).getISO3Country(), iso2);
		}
		return Map.copyOf(codes);
	}

}
