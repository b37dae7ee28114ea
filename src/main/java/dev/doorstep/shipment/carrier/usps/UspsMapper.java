package dev.doorstep.shipment.carrier.usps;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierParser;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.Payloads;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.StatusMapping;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps USPS Tracking 3.0 bodies: a tracking document, or the error document the API (and
 * its OAuth gateway) answers with.
 */
public class UspsMapper implements CarrierParser {

	private static final CarrierCode CODE = new CarrierCode("usps");

	/**
	 * Where event times without any offset come from: USPS's own systems run on Eastern
	 * time; used only when neither {@code GMTTimestamp} nor {@code GMTOffset} is sent.
	 */
	private static final ZoneId USPS_ZONE = ZoneId.of("America/New_York");

	public UspsMapper() {
	}

	@Override
	public CarrierCode carrier() {
		return CODE;
	}

	@Override
	public TrackingResult parse(String rawResponse) {
		JsonNode root = Payloads.json(rawResponse, "a USPS tracking response");
		JsonNode error = root.path("error");
		if (error.isObject()) {
			return error(error);
		}
		if (error.isString()) {
			// The OAuth gateway's RFC 6749 shape: {"error":"invalid_token", ...}.
			return new TrackingResult.Unauthorized("USPS refused the token: " + error.asString()
					+ describe(Payloads.text(root.path("error_description"))));
		}
		String trackingNumber = Payloads.text(root.path("trackingNumber"));
		if (trackingNumber == null) {
			throw new MalformedResponseException("Not a USPS tracking response: no trackingNumber and no error");
		}
		return new TrackingResult.Found(tracking(trackingNumber, root));
	}

	private CarrierTracking tracking(String trackingNumber, JsonNode root) {
		List<CarrierEvent> events = new ArrayList<>();
		@Nullable String signedBy = null;
		for (JsonNode node : root.path("trackingEvents")) {
			CarrierEvent event = event(node);
			if (event == null) {
				continue;
			}
			events.add(event);
			if (event.status() == TrackingStatus.DELIVERED) {
				String name = Payloads.text(node.path("name"));
				signedBy = name != null ? name : signedBy;
			}
		}
		return CarrierTracking.fromEvents(trackingNumber, CODE, signedBy, expectedDelivery(root), events, List.of());
	}

	private @Nullable CarrierEvent event(JsonNode node) {
		Instant at = eventTime(node);
		if (at == null) {
			// An event without a readable time cannot be placed on the timeline.
			return null;
		}
		String type = Payloads.text(node.path("eventType"));
		StatusCodeTable.Lookup lookup = refine(UspsStatusCodes.TABLE.lookup(Payloads.text(node.path("eventCode"))),
				type);
		String city = Payloads.text(node.path("eventCity"));
		String state = Payloads.text(node.path("eventState"));
		String zip = Payloads.text(node.path("eventZIP"));
		String place = city != null && state != null ? city + ", " + state : city;
		return CarrierEvent.of(at, lookup, type, CarrierEvent.location(place, zip, country(node, place, zip)));
	}

	/**
	 * Code 01 covers every kind of delivery; the event text says which ("Delivered, In/At
	 * Mailbox", "Delivered, Front Door/Porch", ...), so the sub-status comes from it.
	 */
	static StatusCodeTable.Lookup refine(StatusCodeTable.Lookup lookup, @Nullable String eventType) {
		if (!lookup.mapped() || lookup.mapping().status() != TrackingStatus.DELIVERED
				|| lookup.mapping().subStatus() != null || eventType == null) {
			return lookup;
		}
		String text = eventType.toLowerCase(Locale.ROOT);
		String subStatus = null;
		if (text.contains("mailbox") || text.contains("po box")) {
			subStatus = "DELIVERED_MAILBOX";
		}
		else if (text.contains("parcel locker")) {
			subStatus = "DELIVERED_PARCEL_LOCKER";
		}
		else if (text.contains("neighbor")) {
			subStatus = "DELIVERED_NEIGHBOR";
		}
		else if (text.contains("front door") || text.contains("porch") || text.contains("garage")
				|| text.contains("other location")) {
			subStatus = "DELIVERED_SAFE_PLACE";
		}
		else if (text.contains("individual") || text.contains("front desk") || text.contains("reception")) {
			subStatus = "DELIVERED_RECIPIENT";
		}
		else if (text.contains("picked up")) {
			subStatus = "DELIVERED_PICKED_UP";
		}
		if (subStatus == null) {
			return lookup;
		}
		StatusMapping mapping = lookup.mapping();
		return new StatusCodeTable.Lookup(lookup.rawCode(),
				StatusMapping.of(mapping.status(), subStatus, mapping.incidentReason()), true);
	}

	/**
	 * {@code GMTTimestamp} when sent (the exact instant); else the local
	 * {@code eventTimestamp} with {@code GMTOffset}, or with its own offset, or read in
	 * USPS's zone.
	 */
	static @Nullable Instant eventTime(JsonNode node) {
		String gmt = Payloads.text(node.path("GMTTimestamp"));
		Instant exact = Payloads.instant(gmt, ZoneOffset.UTC);
		if (exact != null) {
			return exact;
		}
		String local = Payloads.text(node.path("eventTimestamp"));
		String offset = Payloads.text(node.path("GMTOffset"));
		if (local != null && offset != null) {
			try {
				return LocalDateTime.parse(local).atOffset(ZoneOffset.of(offset)).toInstant();
			}
			catch (java.time.DateTimeException ex) {
				// Fall through to the timestamp alone.
			}
		}
		return Payloads.instant(local, USPS_ZONE);
	}

	private static @Nullable Instant expectedDelivery(JsonNode root) {
		Instant at = Payloads.instant(Payloads.text(root.path("expectedDeliveryTimeStamp")), USPS_ZONE);
		if (at != null) {
			return at;
		}
		String date = Payloads.text(root.path("expectedDeliveryDate"));
		if (date == null) {
			return null;
		}
		try {
			return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date)
				.atStartOfDay(USPS_ZONE)
				.toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * {@code eventCountry} is blank for domestic scans and a name or code abroad; a
	 * domestic place is in the US.
	 */
	private static @Nullable String country(JsonNode node, @Nullable String place, @Nullable String zip) {
		String country = Payloads.text(node.path("eventCountry"));
		if (country == null) {
			return place != null || zip != null ? "US" : null;
		}
		String upper = country.toUpperCase(Locale.ROOT);
		if (upper.equals("UNITED STATES") || upper.equals("USA")) {
			return "US";
		}
		return upper.length() == 2 ? upper : country;
	}

	private static TrackingResult error(JsonNode error) {
		String code = Payloads.text(error.path("code"));
		String message = Payloads.text(error.path("message"));
		JsonNode first = error.path("errors").path(0);
		String detail = Payloads.text(first.path("detail"));
		String text = "USPS error " + (code == null ? "?" : code) + describe(message) + describe(detail);
		String status = code != null ? code : Payloads.text(first.path("status"));
		if (status == null) {
			return new TrackingResult.Failed(text, false);
		}
		return switch (status) {
			case "404" -> new TrackingResult.NotFound(text);
			case "401", "403" -> new TrackingResult.Unauthorized(text);
			case "429" -> new TrackingResult.RateLimited(null);
			default -> new TrackingResult.Failed(text, status.startsWith("5"));
		};
	}

	private static String describe(@Nullable String text) {
		return text == null ? "" : ": " + text;
	}

}
