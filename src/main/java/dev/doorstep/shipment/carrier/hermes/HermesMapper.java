package dev.doorstep.shipment.carrier.hermes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierParser;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.Payloads;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps an HSI shipment info body: {@code ShipmentInfoResponse} (shipments with status
 * history, or a {@code result} code such as {@code e001}) or {@code ErrorResponse}
 * ({@code listOfResultCodes}: {@code e902}/{@code e903} token invalid or expired,
 * {@code e900} not authorized, {@code e999} technical error).
 */
public class HermesMapper implements CarrierParser {

	// Hermes gives forecast slots in German time (CET or CEST).
	private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

	private static final Map<String, String> ALPHA2_BY_ALPHA3 = alpha2ByAlpha3();

	@Override
	public CarrierCode carrier() {
		return HermesAdapter.CODE;
	}

	@Override
	public TrackingResult parse(String rawResponse) {
		JsonNode root = Payloads.json(rawResponse, "a Hermes shipment info answer");
		if (root.path("shipmentinfo").isArray()) {
			return shipments(root.path("shipmentinfo"));
		}
		if (root.path("listOfResultCodes").isArray()) {
			return errors(root.path("listOfResultCodes"));
		}
		if (root.has("error")) {
			// The OAuth layer's own answer, e.g. {"error":"access_denied",...}
			return new TrackingResult.Unauthorized("Hermes refused the token: " + Payloads.text(root.path("error")));
		}
		throw new MalformedResponseException("Not a Hermes shipment info answer: no shipmentinfo");
	}

	private static TrackingResult shipments(JsonNode shipments) {
		JsonNode failed = null;
		for (JsonNode shipment : shipments) {
			String resultCode = text(shipment.path("result").path("code"));
			if (resultCode.startsWith("e")) {
				failed = shipment;
				continue;
			}
			if (Payloads.text(shipment.path("shipmentID")) != null) {
				return new TrackingResult.Found(tracking(shipment));
			}
		}
		if (failed == null) {
			return new TrackingResult.NotFound("Hermes returned no shipment");
		}
		String code = text(failed.path("result").path("code"));
		String message = code + " " + text(failed.path("result").path("message"));
		if ("e001".equals(code)) {
			return new TrackingResult.NotFound("Hermes: " + message.strip());
		}
		return new TrackingResult.Failed("Hermes: " + message.strip(), false);
	}

	private static TrackingResult errors(JsonNode codes) {
		List<String> messages = new ArrayList<>();
		boolean unauthorized = false;
		boolean retryable = false;
		for (JsonNode result : codes) {
			String code = text(result.path("code"));
			messages.add((code + " " + text(result.path("message"))).strip());
			unauthorized |= code.equals("e900") || code.equals("e902") || code.equals("e903");
			retryable |= code.equals("e999");
		}
		String detail = "Hermes: " + String.join("; ", messages);
		if (unauthorized) {
			return new TrackingResult.Unauthorized(detail);
		}
		return new TrackingResult.Failed(detail, retryable);
	}

	private static CarrierTracking tracking(JsonNode shipment) {
		List<CarrierEvent> events = new ArrayList<>();
		for (JsonNode status : shipment.path("status")) {
			Instant at = Payloads.instant(Payloads.text(status.path("timestamp")), GERMANY);
			if (at == null) {
				continue;
			}
			String code = Payloads.text(status.path("code"));
			StatusCodeTable.Lookup lookup = HermesStatusCodes.TABLE
				.lookup(code == null ? null : HermesStatusCodes.normalize(code));
			JsonNode unit = status.path("scanningUnit");
			events.add(CarrierEvent.of(at, new StatusCodeTable.Lookup(code, lookup.mapping(), lookup.mapped()),
					Payloads.text(status.path("description")), CarrierEvent.location(Payloads.text(unit.path("city")),
							null, alpha2(Payloads.text(unit.path("countryCode"))))));
		}
		return CarrierTracking.fromEvents(text(shipment.path("shipmentID")), HermesAdapter.CODE, null,
				forecast(shipment.path("deliveryForecast")), events, List.of());
	}

	/** Start of the forecast window ({@code date} plus {@code timeSlot.from}). */
	static @Nullable Instant forecast(JsonNode forecast) {
		String date = Payloads.text(forecast.path("date"));
		if (date == null) {
			return null;
		}
		try {
			String from = Payloads.text(forecast.path("timeSlot").path("from"));
			LocalTime time = from == null ? LocalTime.MIDNIGHT : LocalTime.parse(from);
			return LocalDate.parse(date).atTime(time).atZone(GERMANY).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Hermes sends ISO 3166-1 alpha-3 ("DEU"); Doorstep keeps alpha-2. */
	static @Nullable String alpha2(@Nullable String country) {
		if (country == null) {
			return null;
		}
		String upper = country.toUpperCase(Locale.ROOT);
		return upper.length() == 3 ? ALPHA2_BY_ALPHA3.getOrDefault(upper, upper) : upper;
	}

	private static Map<String, String> alpha2ByAlpha3() {
		Map<String, String> codes = new HashMap<>();
		for (String alpha2 : Locale.getISOCountries()) {
			try {
				codes.put(Locale.of("", alpha2).getISO3Country(), alpha2);
			}
			catch (MissingResourceException ex) {
				// a country without an alpha-3 code in this JDK: nothing to map
			}
		}
		return Map.copyOf(codes);
	}

	private static String text(JsonNode node) {
		String value = Payloads.text(node);
		return value == null ? "" : value;
	}

}
