package dev.doorstep.shipment.carrier.dhl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierParser;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.Handover;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.Payloads;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.StatusMapping;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Unified Tracking API bodies to {@link TrackingResult}s, pure. Deutsche Post extends it
 * with its own carrier code; everything else is the same API.
 * <p>
 * Timestamps come with an offset (Express) or as local time of the place (parcel-de,
 * post-de); local ones are read in the zone of the event's country, Germany's for the
 * German services when the country is missing.
 */
public class DhlMapper implements CarrierParser {

	private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

	private static final Set<String> GERMAN_SERVICES = Set.of("parcel-de", "post-de");

	/** Countries with one time zone where DHL's local timestamps are common. */
	private static final Map<String, ZoneId> ZONES = Map.ofEntries(Map.entry("DE", GERMANY),
			Map.entry("AT", ZoneId.of("Europe/Vienna")), Map.entry("CH", ZoneId.of("Europe/Zurich")),
			Map.entry("NL", ZoneId.of("Europe/Amsterdam")), Map.entry("BE", ZoneId.of("Europe/Brussels")),
			Map.entry("LU", ZoneId.of("Europe/Luxembourg")), Map.entry("FR", ZoneId.of("Europe/Paris")),
			Map.entry("IT", ZoneId.of("Europe/Rome")), Map.entry("PL", ZoneId.of("Europe/Warsaw")),
			Map.entry("CZ", ZoneId.of("Europe/Prague")), Map.entry("DK", ZoneId.of("Europe/Copenhagen")),
			Map.entry("SE", ZoneId.of("Europe/Stockholm")), Map.entry("GB", ZoneId.of("Europe/London")),
			Map.entry("IE", ZoneId.of("Europe/Dublin")));

	/**
	 * Texts that announce a next leg ("handed over to USPS", "an Royal Mail übergeben").
	 */
	private static final Pattern HANDOVER = Pattern
		.compile("handed over|tendered|transferred to|forwarded to|übergeben|übergabe", Pattern.CASE_INSENSITIVE);

	/**
	 * UPU S10 numbers: posts hand these over and keep tracking them under the same
	 * number.
	 */
	private static final Pattern S10 = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}");

	private static final Map<Pattern, String> CARRIER_NAMES = carrierNames();

	private static final StatusMapping RETURNED = StatusMapping.of(TrackingStatus.EXCEPTION,
			"EXCEPTION_RETURNED_TO_SENDER");

	private final CarrierCode carrier;

	public DhlMapper() {
		this(DhlAdapter.CODE);
	}

	protected DhlMapper(CarrierCode carrier) {
		this.carrier = carrier;
	}

	@Override
	public CarrierCode carrier() {
		return this.carrier;
	}

	@Override
	public TrackingResult parse(String rawResponse) {
		JsonNode root = Payloads.json(rawResponse, "a DHL tracking response");
		JsonNode shipments = root.path("shipments");
		if (shipments.isArray()) {
			if (shipments.isEmpty()) {
				return new TrackingResult.NotFound(this.carrier.displayName() + " answered without shipments");
			}
			// Without a service DHL may list the number under several services; the
			// first is the one its own tracking page shows.
			return new TrackingResult.Found(tracking(shipments.get(0)));
		}
		if (root.has("status") && (root.has("title") || root.has("detail"))) {
			return problem(root);
		}
		throw new MalformedResponseException("Not a DHL tracking response: neither shipments nor a problem");
	}

	/** An RFC 7807 problem, the API's shape for every error. */
	private TrackingResult problem(JsonNode root) {
		int status = root.path("status").asInt(0);
		String detail = Stream.of(Payloads.text(root.path("title")), Payloads.text(root.path("detail")))
			.filter(text -> text != null)
			.collect(Collectors.joining(": "));
		String name = this.carrier.displayName();
		return switch (status) {
			case 404 -> new TrackingResult.NotFound(detail.isEmpty() ? name + " found no shipment" : detail);
			case 401, 403 -> new TrackingResult.Unauthorized(name + " refused the API key (" + status + "): " + detail);
			case 429 -> new TrackingResult.RateLimited(null);
			default -> new TrackingResult.Failed(name + " answered " + status + ": " + detail, status >= 500);
		};
	}

	private CarrierTracking tracking(JsonNode shipment) {
		String id = Payloads.text(shipment.path("id"));
		if (id == null) {
			throw new MalformedResponseException("Not a DHL tracking response: a shipment without id");
		}
		String service = Payloads.text(shipment.path("service"));
		boolean returned = shipment.path("returnFlag").asBoolean(false);
		List<CarrierEvent> events = new ArrayList<>();
		for (JsonNode node : shipment.path("events")) {
			CarrierEvent event = event(node, service, returned);
			if (event != null) {
				events.add(event);
			}
		}
		// Some services report the newest step only as the shipment's status.
		CarrierEvent current = event(shipment.path("status"), service, returned);
		if (current != null && events.stream().allMatch(event -> event.occurredAt().isBefore(current.occurredAt()))) {
			events.add(current);
		}
		JsonNode details = shipment.path("details");
		ZoneId destinationZone = zone(Payloads.text(shipment.path("destination").path("address").path("countryCode")),
				service);
		return CarrierTracking.fromEvents(id, this.carrier, signedBy(details.path("proofOfDelivery").path("signed")),
				estimatedDelivery(shipment, destinationZone), events, handovers(id, details, shipment.path("events")))
			.withPickupPoint(pickupPoint(shipment, events), destinationZone);
	}

	/**
	 * Where the parcel waits: a shipment addressed to a service point (Packstation,
	 * Filiale, Paketshop) names it as {@code destination.servicePoint} with the
	 * destination's address; otherwise the place of the newest pickup event
	 * ({@code location.address}: street, postcode, locality, country) is the point. The
	 * API names no collection deadline, so {@link CarrierTracking#withPickupPoint}
	 * estimates it from DHL's holding periods.
	 */
	private @Nullable PickupPoint pickupPoint(JsonNode shipment, List<CarrierEvent> events) {
		JsonNode destination = shipment.path("destination");
		String label = Payloads.text(destination.path("servicePoint").path("label"));
		if (label != null) {
			return place(label, destination.path("address"));
		}
		Optional<CarrierEvent> pickup = CarrierTracking.pickupEvent(events);
		if (pickup.isEmpty()) {
			return null;
		}
		// The normalized event keeps city, postcode and country; the street is only in
		// the raw event, found again by its time.
		String service = Payloads.text(shipment.path("service"));
		for (JsonNode node : shipment.path("events")) {
			CarrierEvent event = event(node, service, false);
			if (event != null && event.occurredAt().equals(pickup.get().occurredAt())) {
				return place(null, node.path("location").path("address"));
			}
		}
		return null;
	}

	private static @Nullable PickupPoint place(@Nullable String name, JsonNode address) {
		return PickupPoint.of(name, Payloads.text(address.path("streetAddress")),
				Payloads.text(address.path("postalCode")), Payloads.text(address.path("addressLocality")),
				Payloads.text(address.path("countryCode")), null, null, null);
	}

	/** One event (or the shipment's status); {@code null} without a readable time. */
	private @Nullable CarrierEvent event(JsonNode node, @Nullable String service, boolean returned) {
		if (!node.isObject()) {
			return null;
		}
		JsonNode address = node.path("location").path("address");
		String country = Payloads.text(address.path("countryCode"));
		Instant occurredAt = Payloads.instant(Payloads.text(node.path("timestamp")), zone(country, service));
		if (occurredAt == null) {
			// The timestamp is required by the API; an event without one cannot be
			// placed.
			return null;
		}
		String statusCode = Payloads.text(node.path("statusCode"));
		StatusCodeTable.Lookup lookup = DhlStatusCodes.TABLE.lookup(statusCode);
		StatusMapping refined = returned && "delivered".equalsIgnoreCase(statusCode) ? RETURNED
				: DhlPhrases.refine(statusCode, words(node));
		if (refined != null) {
			lookup = new StatusCodeTable.Lookup(lookup.rawCode(), refined, lookup.mapped());
		}
		String description = Payloads.text(node.path("description"));
		if (description == null) {
			description = Payloads.text(node.path("status"));
		}
		return CarrierEvent.of(occurredAt, lookup, description, CarrierEvent.location(
				Payloads.text(address.path("addressLocality")), Payloads.text(address.path("postalCode")), country));
	}

	/**
	 * The texts that describe what happened; {@code nextSteps} stays out because it
	 * speaks of the future ("will be returned").
	 */
	private static String words(JsonNode node) {
		return Stream.of("status", "statusDetailed", "description", "remark")
			.map(field -> Payloads.text(node.path(field)))
			.filter(text -> text != null)
			.collect(Collectors.joining(" | "));
	}

	private static ZoneId zone(@Nullable String country, @Nullable String service) {
		ZoneId zone = country == null ? null : ZONES.get(country.toUpperCase(Locale.ROOT));
		if (zone != null) {
			return zone;
		}
		return service != null && GERMAN_SERVICES.contains(service) ? GERMANY : ZoneOffset.UTC;
	}

	/** Start of the delivery window when DHL gives one, else its single estimate. */
	private static @Nullable Instant estimatedDelivery(JsonNode shipment, ZoneId zone) {
		Instant from = moment(Payloads.text(shipment.path("estimatedDeliveryTimeFrame").path("estimatedFrom")), zone);
		return from != null ? from : moment(Payloads.text(shipment.path("estimatedTimeOfDelivery")), zone);
	}

	/** A timestamp, or a bare date as its start of day. */
	private static @Nullable Instant moment(@Nullable String value, ZoneId zone) {
		Instant instant = Payloads.instant(value, zone);
		if (instant != null || value == null) {
			return instant;
		}
		try {
			return LocalDate.parse(value).atStartOfDay(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable String signedBy(JsonNode signed) {
		String name = Payloads.text(signed.path("name"));
		if (name != null) {
			return name;
		}
		String person = Stream.of(Payloads.text(signed.path("givenName")), Payloads.text(signed.path("familyName")))
			.filter(part -> part != null)
			.collect(Collectors.joining(" "));
		return person.isEmpty() ? Payloads.text(signed.path("organizationName")) : person;
	}

	/**
	 * The next leg, only from what the documented fields say: a
	 * {@code local-tracking-number} reference with the carrier named in
	 * {@code details.carrier}, in a hand-over event or by
	 * {@code details.provider.destinationProvider}; or, for a UPU S10 number, a foreign
	 * post named in a hand-over event (posts keep tracking S10 numbers as they are).
	 */
	private List<Handover> handovers(String id, JsonNode details, JsonNode events) {
		String localNumber = null;
		JsonNode references = details.path("references");
		for (JsonNode reference : references.isArray() ? references : List.of(references)) {
			String number = Payloads.text(reference.path("number"));
			if ("local-tracking-number".equals(Payloads.text(reference.path("type"))) && number != null
					&& !number.equalsIgnoreCase(id)) {
				localNumber = number;
				break;
			}
		}
		CarrierCode next = otherCarrier(names(details.path("carrier")));
		for (JsonNode event : events) {
			if (next != null) {
				break;
			}
			String text = words(event);
			if (HANDOVER.matcher(text).find()) {
				next = otherCarrier(text);
			}
		}
		if (next == null && localNumber != null
				&& "parcel-de".equals(Payloads.text(details.path("provider").path("destinationProvider")))) {
			next = DhlAdapter.CODE;
		}
		if (next == null) {
			return List.of();
		}
		if (localNumber != null) {
			return List.of(new Handover(next, localNumber));
		}
		boolean sameNetwork = next.equals(DhlAdapter.CODE) || next.value().equals("deutsche-post");
		if (!sameNetwork && S10.matcher(id.toUpperCase(Locale.ROOT)).matches()) {
			return List.of(new Handover(next, id));
		}
		return List.of();
	}

	private static String names(JsonNode entity) {
		return Stream.of("organizationName", "name")
			.map(field -> Payloads.text(entity.path(field)))
			.filter(text -> text != null)
			.collect(Collectors.joining(" | "));
	}

	/** A known carrier other than this one named in the text, foreign posts first. */
	private @Nullable CarrierCode otherCarrier(String text) {
		for (Map.Entry<Pattern, String> name : CARRIER_NAMES.entrySet()) {
			if (!name.getValue().equals(this.carrier.value()) && name.getKey().matcher(text).find()) {
				return new CarrierCode(name.getValue());
			}
		}
		return null;
	}

	private static Map<Pattern, String> carrierNames() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("\\busps\\b|united states postal service|u\\.s\\. postal service", "usps");
		names.put("royal mail", "royal-mail");
		names.put("\\bpostnl\\b", "postnl");
		names.put("\\bdpd\\b", "dpd");
		names.put("\\bgls\\b", "gls");
		names.put("\\bhermes\\b", "hermes");
		names.put("\\bups\\b", "ups");
		names.put("\\bfedex\\b|federal express", "fedex");
		names.put("deutsche post", "deutsche-post");
		names.put("\\bdhl\\b", "dhl");
		Map<Pattern, String> patterns = new LinkedHashMap<>();
		names.forEach((regex, code) -> patterns.put(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), code));
		return patterns;
	}

}
