package dev.doorstep.shipment.carrier.dpd;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierParser;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.Payloads;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps a ParcelLifeCycleService 2.0 SOAP answer: {@code getTrackingDataResponse} or a
 * SOAP fault ({@code authenticationFault} for a refused delisId/authToken).
 */
public class DpdMapper implements CarrierParser {

	// DPD formats dates for the message language, e.g. "8/19/2021 10:41:25 PM" (en_US)
	// or "19.08.2021 22:41" (de_DE), some front ends "2025-10-29 14:30:00", all in the
	// local time of the depot.
	private static final List<DateTimeFormatter> DATES = List.of(
			DateTimeFormatter.ofPattern("M/d/yyyy h:mm[:ss] a", Locale.US),
			DateTimeFormatter.ofPattern("d.M.yyyy[,] H:mm[:ss]", Locale.GERMANY),
			DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT), DateTimeFormatter.ISO_LOCAL_DATE_TIME);

	private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

	// "Puurs (BE)", "Unna (DE)"
	private static final Pattern CITY_COUNTRY = Pattern.compile("^(.*?)\\s*\\(([A-Z]{2})\\)$");

	@Override
	public CarrierCode carrier() {
		return DpdAdapter.CODE;
	}

	@Override
	public TrackingResult parse(String rawResponse) {
		Document document = Payloads.xml(rawResponse, "a DPD ParcelLifeCycle answer");
		List<Element> faults = Payloads.elements(document, "Fault");
		if (!faults.isEmpty()) {
			return fault(faults.getFirst());
		}
		List<Element> results = Payloads.elements(document, "trackingresult");
		if (Payloads.elements(document, "getTrackingDataResponse").isEmpty() || results.isEmpty()) {
			throw new MalformedResponseException("Not a DPD ParcelLifeCycle answer: no getTrackingDataResponse");
		}
		List<CarrierEvent> events = new ArrayList<>();
		for (Element status : children(results.getFirst(), "statusInfo")) {
			CarrierEvent event = event(status);
			if (event != null) {
				events.add(event);
			}
		}
		if (events.isEmpty()) {
			return new TrackingResult.NotFound("DPD has no tracking data for this parcel (yet)");
		}
		String number = Payloads.text(results.getFirst(), "parcelLabelNumber");
		return new TrackingResult.Found(CarrierTracking.fromEvents(number == null ? "" : number, DpdAdapter.CODE, null,
				null, events, List.of()));
	}

	private static TrackingResult fault(Element fault) {
		String errorCode = Payloads.text(fault, "errorCode");
		String message = firstNonNull(Payloads.text(fault, "errorMessage"), Payloads.text(fault, "faultstring"),
				"SOAP fault");
		if (!Payloads.elements(fault, "authenticationFault").isEmpty()
				|| (errorCode != null && errorCode.startsWith("LOGIN"))) {
			return new TrackingResult.Unauthorized(
					"DPD refused the credentials: " + (errorCode == null ? "" : errorCode + " ") + message);
		}
		return new TrackingResult.Failed("DPD fault: " + (errorCode == null ? "" : errorCode + " ") + message, false);
	}

	/** A reached stage with a date, else {@code null} (DPD lists future stages too). */
	private static @Nullable CarrierEvent event(Element status) {
		if (!"true".equalsIgnoreCase(childText(status, "statusHasBeenReached"))) {
			return null;
		}
		Instant at = date(line(status, "date"));
		if (at == null) {
			return null;
		}
		String code = childText(status, "status");
		String description = firstNonNull(item(first(status, "description")), line(status, "label"), code);
		TrackingEvent.Location location = location(line(status, "location"));
		StatusCodeTable.Lookup lookup = DpdStatusCodes.TABLE.lookup(code);
		List<String> errors = new ArrayList<>();
		for (Element error : children(status, "errorItems")) {
			String text = item(error);
			if (text != null) {
				errors.add(text);
			}
		}
		if (errors.isEmpty()) {
			return CarrierEvent.of(at, lookup, description, location);
		}
		// DPD marks a failed step (e.g. delivery not possible) with errorItems on the
		// stage it happened in; the stage itself stays the same.
		return new CarrierEvent(at, TrackingStatus.ATTEMPT_FAIL, null, null,
				description + " – " + String.join(" ", errors), location, code, lookup.mapped());
	}

	private static TrackingEvent.@Nullable Location location(@Nullable String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = CITY_COUNTRY.matcher(text);
		if (matcher.matches()) {
			return CarrierEvent.location(matcher.group(1).isBlank() ? null : matcher.group(1), null, matcher.group(2));
		}
		return CarrierEvent.location(text, null, null);
	}

	static @Nullable Instant date(@Nullable String text) {
		if (text == null) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDateTime.parse(text, format).atZone(GERMANY).toInstant();
			}
			catch (DateTimeParseException next) {
				// try the next format
			}
		}
		return Payloads.instant(text, GERMANY);
	}

	/** The text of a {@code ContentLine} child: {@code <x><content>text</content>...}. */
	private static @Nullable String line(Element parent, String name) {
		Element line = first(parent, name);
		return line == null ? null : childText(line, "content");
	}

	/**
	 * The lines of a {@code ContentItem}: {@code <x><content><content>text</content>...}.
	 */
	private static @Nullable String item(@Nullable Element item) {
		if (item == null) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		for (Element line : children(item, "content")) {
			String text = childText(line, "content");
			if (text != null) {
				lines.add(text);
			}
		}
		return lines.isEmpty() ? null : String.join(" ", lines);
	}

	private static @Nullable Element first(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.getFirst();
	}

	private static @Nullable String childText(Element parent, String name) {
		Element child = first(parent, name);
		if (child == null) {
			return null;
		}
		String text = child.getTextContent().strip();
		return text.isEmpty() ? null : text;
	}

	/** Direct children by local name, ignoring namespaces (DPD's nest the same names). */
	private static List<Element> children(Element parent, String localName) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && localName.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	@SafeVarargs
	private static <T> @Nullable T firstNonNull(@Nullable T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
