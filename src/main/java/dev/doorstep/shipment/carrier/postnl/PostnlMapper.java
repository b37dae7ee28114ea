package dev.doorstep.shipment.carrier.postnl;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierParser;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.Payloads;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps PostNL Shippingstatus v2 bodies: current or complete status, the API's error list,
 * or the gateway's fault (bad API key, quota).
 */
public class PostnlMapper implements CarrierParser {

	private static final CarrierCode CODE = new CarrierCode("postnl");

	/** PostNL sends local Dutch time without an offset. */
	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	/** {@code 31-07-2019 09:36:42}, sometimes with a fraction ({@code 22:37:37.21}). */
	private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
		.appendPattern("dd-MM-yyyy HH:mm:ss")
		.optionalStart()
		.appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
		.optionalEnd()
		.toFormatter(Locale.ROOT);

	public PostnlMapper() {
	}

	@Override
	public CarrierCode carrier() {
		return CODE;
	}

	@Override
	public TrackingResult parse(String rawResponse) {
		JsonNode root = Payloads.json(rawResponse, "a PostNL shipping status response");
		JsonNode status = root.has("CompleteStatus") ? root.path("CompleteStatus") : root.path("CurrentStatus");
		JsonNode shipment = first(status.path("Shipment"));
		if (shipment.isObject()) {
			return new TrackingResult.Found(tracking(shipment));
		}
		if (root.path("fault").isObject()) {
			return fault(root.path("fault"));
		}
		if (root.has("Errors") || root.has("Warnings") || status.isObject()) {
			return errors(root);
		}
		throw new MalformedResponseException("Not a PostNL shipping status response: no status, errors or fault");
	}

	private CarrierTracking tracking(JsonNode shipment) {
		String barcode = Payloads.text(shipment.path("Barcode"));
		if (barcode == null) {
			throw new MalformedResponseException("Not a PostNL shipping status response: shipment without Barcode");
		}
		Map<Instant, String> eventTexts = new HashMap<>();
		for (JsonNode event : list(shipment.path("Event"))) {
			Instant at = timestamp(Payloads.text(event.path("TimeStamp")));
			String text = Payloads.text(event.path("Description"));
			if (at != null && text != null) {
				eventTexts.putIfAbsent(at, text);
			}
		}
		List<CarrierEvent> events = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<JsonNode> statuses = new ArrayList<>(list(shipment.path("OldStatus")));
		statuses.add(shipment.path("Status"));
		for (JsonNode node : statuses) {
			String code = Payloads.text(node.path("StatusCode"));
			Instant at = timestamp(Payloads.text(node.path("TimeStamp")));
			// With detail, the current status is also the newest old status: keep one.
			if (at == null || PostnlStatusCodes.NOT_APPLICABLE.equals(code) || !seen.add(code + "@" + at)) {
				continue;
			}
			String text = eventTexts.getOrDefault(at, Payloads.text(node.path("StatusDescription")));
			events.add(CarrierEvent.of(at, PostnlStatusCodes.lookup(code, Payloads.text(node.path("PhaseCode"))), text,
					null));
		}
		Instant expected = Payloads.instant(Payloads.text(shipment.path("Expectation").path("ETAFrom")), AMSTERDAM);
		return CarrierTracking.fromEvents(barcode, CODE, null, expected, events, List.of());
	}

	/** A PostNL timestamp, or an ISO one in Dutch time; {@code null} when unreadable. */
	static @Nullable Instant timestamp(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(value, TIMESTAMP).atZone(AMSTERDAM).toInstant();
		}
		catch (DateTimeParseException notDutch) {
			return Payloads.instant(value, AMSTERDAM);
		}
	}

	private static TrackingResult errors(JsonNode root) {
		List<JsonNode> problems = new ArrayList<>(list(root.path("Errors")));
		problems.addAll(list(root.path("Warnings")));
		StringBuilder text = new StringBuilder("PostNL");
		for (JsonNode problem : problems) {
			String code = Payloads.text(problem.path("Code"));
			String description = Payloads.text(problem.path("Description"));
			if (description == null) {
				description = Payloads.text(problem.path("Message"));
			}
			if (description == null) {
				description = Payloads.text(problem.path("ErrorMsg"));
			}
			text.append(code == null ? "" : " " + code).append(description == null ? "" : ": " + description);
		}
		String message = text.toString();
		String lower = message.toLowerCase(Locale.ROOT);
		if (lower.contains("not found") || lower.contains("no shipment") || lower.contains("niet gevonden")
				|| lower.contains("geen zending") || !root.has("Errors")) {
			// A status answer without a shipment, or only warnings: PostNL knows no such
			// barcode (yet).
			return new TrackingResult.NotFound(message);
		}
		return new TrackingResult.Failed(message, false);
	}

	/** The API gateway's own answer, before PostNL's service is reached. */
	private static TrackingResult fault(JsonNode fault) {
		String text = Payloads.text(fault.path("faultstring"));
		String code = Payloads.text(fault.path("detail").path("errorcode"));
		String message = "PostNL gateway: " + (text == null ? "fault" : text) + (code == null ? "" : " (" + code + ")");
		String lower = message.toLowerCase(Locale.ROOT);
		if (lower.contains("apikey") || lower.contains("api key") || lower.contains("invalidapikey")) {
			return new TrackingResult.Unauthorized(message);
		}
		if (lower.contains("quota") || lower.contains("spikearrest") || lower.contains("rate limit")) {
			return new TrackingResult.RateLimited(null);
		}
		return new TrackingResult.Failed(message, true);
	}

	/** PostNL sends a single entry as an object and several as an array. */
	private static List<JsonNode> list(JsonNode node) {
		if (node.isArray()) {
			List<JsonNode> items = new ArrayList<>();
			node.forEach(items::add);
			return items;
		}
		return node.isObject() ? List.of(node) : List.of();
	}

	private static JsonNode first(JsonNode node) {
		return node.isArray() ? node.path(0) : node;
	}

}
