package dev.doorstep.shipment.carrier.ups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierParser;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.Handover;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.Payloads;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps a UPS Track API v1 body: a {@code trackResponse} (one shipment with its packages
 * and their activities, newest first), a shipment that only carries {@code warnings}
 * ({@code TW0001} "Tracking Information Not Found", sent with HTTP 200 as often as the
 * documented 404), or an error document
 * {@code {"response":{"errors":[{"code","message"}]}}}.
 */
public class UpsMapper implements CarrierParser {

	private static final String WHAT = "a UPS Track API response";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss", Locale.ROOT);

	private static final CarrierCode USPS = new CarrierCode("usps");

	/** Delivery time types that are a window: estimated, confirmed, imminent. */
	private static final Set<String> WINDOWS = Set.of("EDW", "CDW", "IDW");

	@Override
	public CarrierCode carrier() {
		return UpsAdapter.CODE;
	}

	@Override
	public TrackingResult parse(String rawResponse) {
		JsonNode root = Payloads.json(rawResponse, WHAT);
		if (root.has("trackResponse")) {
			return trackResponse(root.path("trackResponse"));
		}
		if (root.path("response").path("errors").isArray()) {
			return errors(root.path("response").path("errors"));
		}
		throw new MalformedResponseException("Not " + WHAT + ": neither trackResponse nor response.errors");
	}

	private TrackingResult trackResponse(JsonNode trackResponse) {
		JsonNode shipment = trackResponse.path("shipment").path(0);
		if (!shipment.isObject()) {
			return new TrackingResult.NotFound("UPS returned no shipment");
		}
		JsonNode pkg = shipment.path("package").path(0);
		if (!pkg.isObject()) {
			// Unknown numbers come as a shipment with warnings only (TW0001).
			return shipmentWarnings(shipment.path("warnings"));
		}
		String trackingNumber = orElse(firstNonNull(Payloads.text(pkg.path("trackingNumber")),
				Payloads.text(shipment.path("inquiryNumber")), null), "");
		List<CarrierEvent> events = new ArrayList<>();
		@Nullable ZoneOffset newestOffset = null;
		for (JsonNode activity : pkg.path("activity")) {
			Instant at = occurredAt(activity);
			if (at == null) {
				// UPS always dates activities; never invent a date.
				continue;
			}
			if (newestOffset == null) {
				// Newest first: the first offset is where the parcel is now.
				newestOffset = offset(Payloads.text(activity.path("gmtOffset")));
			}
			events.add(event(activity, at));
		}
		JsonNode delivery = pkg.path("deliveryInformation");
		String signedBy = Payloads.text(delivery.path("receivedBy"));
		Instant estimate = estimatedDelivery(pkg, newestOffset == null ? ZoneOffset.UTC : newestOffset);
		boolean delivered = events.stream().anyMatch(event -> event.status() == TrackingStatus.DELIVERED);
		// UPS keeps the scheduled date after delivery; it is no estimate any more then.
		CarrierTracking tracking = CarrierTracking.fromEvents(trackingNumber, UpsAdapter.CODE, signedBy,
				delivered ? null : estimate, events, handovers(pkg));
		return new TrackingResult.Found(tracking.withPickupPoint(pickupPoint(pkg, events),
				newestOffset == null ? ZoneOffset.UTC : newestOffset));
	}

	/**
	 * The pickup point: for a parcel sent to a UPS Access Point
	 * ({@code accessPointInformation}, "the access point where the package is destined
	 * for/delivered to"), the ship-to address, which is the Access Point's, with its
	 * {@code pickupByDate}; for a parcel held at a UPS location without it ("Held for
	 * Customer Pickup"), the place of the hold scan, the only place UPS names.
	 */
	static @Nullable PickupPoint pickupPoint(JsonNode pkg, List<CarrierEvent> events) {
		JsonNode accessPoint = pkg.path("accessPointInformation");
		if (accessPoint.isObject()) {
			LocalDate deadline = date(Payloads.text(accessPoint.path("pickupByDate")));
			JsonNode destination = packageAddress(pkg, "DELIVERY");
			if (destination == null) {
				destination = packageAddress(pkg, "DESTINATION");
			}
			if (destination != null) {
				JsonNode address = destination.path("address");
				return PickupPoint.of(Payloads.text(destination.path("name")),
						Payloads.text(address.path("addressLine1")), Payloads.text(address.path("postalCode")),
						Payloads.text(address.path("city")), firstNonNull(Payloads.text(address.path("countryCode")),
								Payloads.text(address.path("country")), null),
						PickupPoint.Type.PARCEL_SHOP, null, deadline);
			}
		}
		return CarrierTracking.pickupEvent(events)
			.map(CarrierEvent::location)
			.map(location -> PickupPoint.of(null, null, location.postcode(), location.city(), location.country(),
					accessPoint.isObject() ? PickupPoint.Type.PARCEL_SHOP : PickupPoint.Type.CARRIER_DEPOT, null,
					accessPoint.isObject() ? date(Payloads.text(accessPoint.path("pickupByDate"))) : null))
			.orElse(null);
	}

	private static @Nullable JsonNode packageAddress(JsonNode pkg, String type) {
		for (JsonNode address : pkg.path("packageAddress")) {
			if (type.equalsIgnoreCase(Payloads.text(address.path("type")))) {
				return address;
			}
		}
		return null;
	}

	private static CarrierEvent event(JsonNode activity, Instant at) {
		JsonNode status = activity.path("status");
		String type = Payloads.text(status.path("type"));
		String statusCode = statusCode(Payloads.text(status.path("statusCode")));
		StatusCodeTable.Lookup lookup = lookup(statusCode, type);
		String description = firstNonNull(Payloads.text(status.path("description")),
				Payloads.text(status.path("simplifiedTextDescription")), lookup.rawCode());
		JsonNode address = activity.path("location").path("address");
		TrackingEvent.Location location = CarrierEvent.location(Payloads.text(address.path("city")),
				Payloads.text(address.path("postalCode")),
				firstNonNull(Payloads.text(address.path("countryCode")), Payloads.text(address.path("country")), null));
		return CarrierEvent.of(at, lookup, description, location);
	}

	/**
	 * The status code decides when UPS documents it; otherwise the activity's type does
	 * (X is an exception whatever the code), and the event is flagged as unmapped.
	 */
	static StatusCodeTable.Lookup lookup(@Nullable String statusCode, @Nullable String type) {
		if (statusCode != null) {
			StatusCodeTable.Lookup byCode = UpsStatusCodes.TABLE.lookup(statusCode);
			if (byCode.mapped() || type == null) {
				return byCode;
			}
			return new StatusCodeTable.Lookup(statusCode, UpsStatusCodes.TYPES.lookup(type).mapping(), false);
		}
		return UpsStatusCodes.TYPES.lookup(type);
	}

	/** UPS pads status codes to three digits; some payloads drop the zeros. */
	private static @Nullable String statusCode(@Nullable String code) {
		if (code == null || !code.chars().allMatch(Character::isDigit) || code.length() >= 3) {
			return code;
		}
		return "0".repeat(3 - code.length()) + code;
	}

	/**
	 * The activity's moment: {@code gmtDate}/{@code gmtTime} are UTC; without them the
	 * local {@code date}/{@code time} with {@code gmtOffset}, else the local time read as
	 * UTC (off by the offset at worst, still in order).
	 */
	static @Nullable Instant occurredAt(JsonNode activity) {
		Instant gmt = dateTime(Payloads.text(activity.path("gmtDate")), Payloads.text(activity.path("gmtTime")),
				ZoneOffset.UTC);
		if (gmt != null) {
			return gmt;
		}
		ZoneOffset offset = offset(Payloads.text(activity.path("gmtOffset")));
		return dateTime(Payloads.text(activity.path("date")), Payloads.text(activity.path("time")),
				offset == null ? ZoneOffset.UTC : offset);
	}

	private static @Nullable Instant dateTime(@Nullable String date, @Nullable String time, ZoneOffset offset) {
		LocalDate day = date(date);
		if (day == null) {
			return null;
		}
		LocalTime at = time(time);
		return LocalDateTime.of(day, at == null ? LocalTime.MIDNIGHT : at).toInstant(offset);
	}

	private static @Nullable LocalDate date(@Nullable String date) {
		if (date == null) {
			return null;
		}
		try {
			return LocalDate.parse(date.replace("-", ""), DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** {@code HHMMSS}, also without the leading zero ({@code 74700}) or with colons. */
	private static @Nullable LocalTime time(@Nullable String time) {
		if (time == null) {
			return null;
		}
		String digits = time.replace(":", "");
		if (digits.length() < 6) {
			digits = "0".repeat(6 - digits.length()) + digits;
		}
		try {
			return LocalTime.parse(digits, TIME);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable ZoneOffset offset(@Nullable String offset) {
		if (offset == null) {
			return null;
		}
		try {
			return ZoneOffset.of(offset);
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	/**
	 * The rescheduled (RDD) or scheduled (SDD) delivery date, at the start of the window
	 * UPS gives, in the local time of the parcel's newest scan.
	 */
	private static @Nullable Instant estimatedDelivery(JsonNode pkg, ZoneOffset offset) {
		String scheduled = null;
		for (JsonNode date : pkg.path("deliveryDate")) {
			String type = Payloads.text(date.path("type"));
			if ("RDD".equals(type) || ("SDD".equals(type) && scheduled == null)) {
				scheduled = Payloads.text(date.path("date"));
			}
		}
		JsonNode window = pkg.path("deliveryTime");
		String windowType = Payloads.text(window.path("type"));
		String start = windowType != null && WINDOWS.contains(windowType) ? Payloads.text(window.path("startTime"))
				: null;
		return dateTime(scheduled, start, offset);
	}

	/**
	 * Mail Innovations and SurePost parcels end with the USPS; UPS names the USPS number
	 * as an alternate tracking number of type {@code USPS_PIC}.
	 */
	private static List<Handover> handovers(JsonNode pkg) {
		List<Handover> handovers = new ArrayList<>();
		for (JsonNode alternate : pkg.path("alternateTrackingNumber")) {
			String type = Payloads.text(alternate.path("type"));
			String number = Payloads.text(alternate.path("number"));
			if (type != null && number != null && type.toUpperCase(Locale.ROOT).startsWith("USPS")) {
				handovers.add(new Handover(USPS, number));
			}
		}
		return handovers;
	}

	private static TrackingResult shipmentWarnings(JsonNode warnings) {
		if (!warnings.isArray() || warnings.isEmpty()) {
			return new TrackingResult.NotFound("UPS returned a shipment without packages");
		}
		return errors(warnings);
	}

	/**
	 * UPS error and warning lists: {@code TW0001}/{@code TW0002} and the legacy
	 * {@code 151044} mean unknown number, {@code 2500xx} refused credentials.
	 */
	private static TrackingResult errors(JsonNode errors) {
		JsonNode first = errors.path(0);
		String code = orElse(Payloads.text(first.path("code")), "");
		String message = orElse(Payloads.text(first.path("message")), "no message");
		String detail = "UPS " + code + ": " + message;
		if (code.startsWith("TW") || code.equals("151044") || code.equals("151045")) {
			return new TrackingResult.NotFound(detail);
		}
		if (code.startsWith("2500")) {
			return new TrackingResult.Unauthorized(detail);
		}
		return new TrackingResult.Failed(detail, false);
	}

	private static @Nullable String firstNonNull(@Nullable String first, @Nullable String second,
			@Nullable String third) {
		if (first != null) {
			return first;
		}
		return second != null ? second : third;
	}

	private static String orElse(@Nullable String value, String fallback) {
		return value != null ? value : fallback;
	}

}
