package dev.doorstep.shipment.carrier.fedex;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.PickupPoint;
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
 * Maps a FedEx Track API v1 body: {@code output.completeTrackResults[].trackResults[]}
 * with {@code scanEvents} (newest first), a track result that carries an {@code error}
 * ({@code TRACKING.TRACKINGNUMBER.NOTFOUND} comes with HTTP 200), or the error document
 * {@code {"transactionId", "errors":[{"code","message"}]}} of 4xx/5xx answers.
 */
public class FedexMapper implements CarrierParser {

	private static final String WHAT = "a FedEx Track API response";

	private static final CarrierCode USPS = new CarrierCode("usps");

	@Override
	public CarrierCode carrier() {
		return FedexAdapter.CODE;
	}

	@Override
	public TrackingResult parse(String rawResponse) {
		JsonNode root = Payloads.json(rawResponse, WHAT);
		if (root.path("output").has("completeTrackResults")) {
			return output(root.path("output"));
		}
		if (root.path("errors").isArray()) {
			return error(root.path("errors").path(0));
		}
		throw new MalformedResponseException("Not " + WHAT + ": neither output.completeTrackResults nor errors");
	}

	private TrackingResult output(JsonNode output) {
		JsonNode complete = output.path("completeTrackResults").path(0);
		JsonNode result = complete.path("trackResults").path(0);
		if (!result.isObject()) {
			return new TrackingResult.NotFound("FedEx returned no track result");
		}
		if (result.path("error").isObject()) {
			return error(result.path("error"));
		}
		String trackingNumber = orElse(Payloads.text(result.path("trackingNumberInfo").path("trackingNumber")),
				orElse(Payloads.text(complete.path("trackingNumber")), ""));
		List<CarrierEvent> events = new ArrayList<>();
		for (JsonNode scan : result.path("scanEvents")) {
			Instant at = Payloads.instant(Payloads.text(scan.path("date")), ZoneOffset.UTC);
			if (at == null) {
				continue;
			}
			events.add(event(scan, at));
		}
		JsonNode delivery = result.path("deliveryDetails");
		String signedBy = Payloads.text(delivery.path("receivedByName"));
		if (signedBy == null) {
			signedBy = Payloads.text(delivery.path("signedByName"));
		}
		return new TrackingResult.Found(CarrierTracking
			.fromEvents(trackingNumber, FedexAdapter.CODE, signedBy, estimatedDelivery(result), events,
					handovers(result))
			.withPickupPoint(pickupPoint(result), ZoneOffset.UTC));
	}

	/**
	 * The FedEx location a Hold at Location parcel waits at ({@code holdAtLocation}:
	 * company name, street lines, city, postal code, country, location type). FedEx gives
	 * no collection deadline in Track API answers and publishes no single holding period,
	 * so the point has none.
	 */
	static @Nullable PickupPoint pickupPoint(JsonNode result) {
		JsonNode location = result.path("holdAtLocation");
		if (!location.isObject()) {
			return null;
		}
		JsonNode contactAndAddress = location.path("locationContactAndAddress");
		JsonNode address = contactAndAddress.path("address");
		JsonNode contact = contactAndAddress.path("contact");
		String name = Payloads.text(contact.path("companyName"));
		if (name == null) {
			name = Payloads.text(contact.path("personName"));
		}
		return PickupPoint.of(name, Payloads.text(address.path("streetLines").path(0)),
				Payloads.text(address.path("postalCode")), Payloads.text(address.path("city")),
				Payloads.text(address.path("countryCode")), locationType(Payloads.text(location.path("locationType"))),
				null, null);
	}

	/**
	 * FedEx location types: its own staffed and office locations are carrier depots, a
	 * self-service location is a locker, authorized ship centers and on-site partners are
	 * shops.
	 */
	private static PickupPoint.@Nullable Type locationType(@Nullable String type) {
		if (type == null) {
			return null;
		}
		return switch (type) {
			case "FEDEX_SELF_SERVICE_LOCATION" -> PickupPoint.Type.LOCKER;
			case "FEDEX_AUTHORIZED_SHIP_CENTER", "FEDEX_ONSITE" -> PickupPoint.Type.PARCEL_SHOP;
			case "FEDEX_OFFICE", "FEDEX_STAFFED", "FEDEX_FREIGHT_SERVICE_CENTER", "FEDEX_HOME_DELIVERY_STATION",
					"FEDEX_GROUND_TERMINAL", "FEDEX_EXPRESS_STATION" ->
				PickupPoint.Type.CARRIER_DEPOT;
			default -> null;
		};
	}

	private static CarrierEvent event(JsonNode scan, Instant at) {
		StatusCodeTable.Lookup lookup = lookup(Payloads.text(scan.path("eventType")),
				Payloads.text(scan.path("derivedStatusCode")));
		String description = Payloads.text(scan.path("eventDescription"));
		String exception = Payloads.text(scan.path("exceptionDescription"));
		if (exception != null && !exception.equalsIgnoreCase(description)) {
			// The cause of an exception or failed attempt lives in its own field.
			description = description == null ? exception : description + ": " + exception;
		}
		JsonNode location = scan.path("scanLocation");
		return CarrierEvent.of(at, lookup, description == null ? lookup.rawCode() : description,
				CarrierEvent.location(Payloads.text(location.path("city")), Payloads.text(location.path("postalCode")),
						Payloads.text(location.path("countryCode"))));
	}

	/**
	 * The event type decides; a type FedEx added since is read through its derived status
	 * code (same vocabulary, coarser) and flagged as unmapped.
	 */
	static StatusCodeTable.Lookup lookup(@Nullable String eventType, @Nullable String derivedStatusCode) {
		StatusCodeTable.Lookup byType = FedexStatusCodes.TABLE.lookup(eventType);
		if (byType.mapped() || derivedStatusCode == null) {
			return byType;
		}
		StatusCodeTable.Lookup derived = FedexStatusCodes.TABLE.lookup(derivedStatusCode);
		return new StatusCodeTable.Lookup(eventType == null ? derivedStatusCode : eventType, derived.mapping(),
				eventType == null && derived.mapped());
	}

	/**
	 * The start of FedEx's estimated window, else its estimated delivery time
	 * ({@code dateAndTimes} of type {@code ESTIMATED_DELIVERY}).
	 */
	private static @Nullable Instant estimatedDelivery(JsonNode result) {
		Instant begins = Payloads.instant(
				Payloads.text(result.path("estimatedDeliveryTimeWindow").path("window").path("begins")),
				ZoneOffset.UTC);
		if (begins != null) {
			return begins;
		}
		for (JsonNode dateAndTime : result.path("dateAndTimes")) {
			if ("ESTIMATED_DELIVERY".equals(Payloads.text(dateAndTime.path("type")))) {
				return Payloads.instant(Payloads.text(dateAndTime.path("dateTime")), ZoneOffset.UTC);
			}
		}
		return null;
	}

	/**
	 * FedEx Ground Economy (formerly SmartPost) parcels are delivered by the USPS; the
	 * USPS number is the package identifier of type {@code PARTNER_CARRIER_NUMBER}.
	 */
	private static List<Handover> handovers(JsonNode result) {
		String service = Payloads.text(result.path("serviceDetail").path("type"));
		if (!"SMART_POST".equals(service) && !"FEDEX_GROUND_ECONOMY".equals(service)) {
			return List.of();
		}
		List<Handover> handovers = new ArrayList<>();
		for (JsonNode identifier : result.path("additionalTrackingInfo").path("packageIdentifiers")) {
			if (!"PARTNER_CARRIER_NUMBER".equals(Payloads.text(identifier.path("type")))) {
				continue;
			}
			for (JsonNode value : identifier.path("values")) {
				String number = Payloads.text(value);
				if (number != null) {
					handovers.add(new Handover(USPS, number));
				}
			}
		}
		return handovers;
	}

	/**
	 * FedEx error codes: {@code TRACKING.TRACKINGNUMBER.NOTFOUND} and {@code ...INVALID}
	 * mean the number is unknown, {@code NOT.AUTHORIZED.ERROR} and other authorization
	 * codes refused credentials, {@code *.UNAVAILABLE.*} an outage.
	 */
	private static TrackingResult error(JsonNode error) {
		String code = orElse(Payloads.text(error.path("code")), "");
		String detail = "FedEx " + code + ": " + orElse(Payloads.text(error.path("message")), "no message");
		if (code.startsWith("TRACKING.TRACKINGNUMBER.") || code.equals("TRACKING.REFERENCENUMBER.NOTFOUND")) {
			return new TrackingResult.NotFound(detail);
		}
		if (code.contains("AUTHORIZ") || code.contains("UNAUTHORIZED") || code.startsWith("FORBIDDEN")) {
			return new TrackingResult.Unauthorized(detail);
		}
		return new TrackingResult.Failed(detail, code.contains("UNAVAILABLE"));
	}

	private static String orElse(@Nullable String value, String fallback) {
		return value != null ? value : fallback;
	}

}
