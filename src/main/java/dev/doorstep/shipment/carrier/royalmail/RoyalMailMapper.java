package dev.doorstep.shipment.carrier.royalmail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierParser;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.Handover;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.Payloads;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps Royal Mail Tracking API v2 bodies: the events document, or the error document of
 * the API (and of its IBM API gateway, which uses the same fields).
 */
public class RoyalMailMapper implements CarrierParser {

	private static final CarrierCode CODE = new CarrierCode("royal-mail");

	/** Event times carry their offset; this is only for a bare local timestamp. */
	private static final ZoneId UK = ZoneId.of("Europe/London");

	/** Royal Mail's "barcode not recognised" business error. */
	private static final String UNKNOWN_BARCODE = "E1142";

	public RoyalMailMapper() {
	}

	@Override
	public CarrierCode carrier() {
		return CODE;
	}

	@Override
	public TrackingResult parse(String rawResponse) {
		JsonNode root = Payloads.json(rawResponse, "a Royal Mail tracking response");
		JsonNode piece = root.path("mailPieces");
		if (piece.isObject() && Payloads.text(piece.path("mailPieceId")) != null) {
			return new TrackingResult.Found(tracking(piece));
		}
		if (root.has("httpCode") || root.path("errors").isArray()) {
			return error(root);
		}
		throw new MalformedResponseException("Not a Royal Mail tracking response: no mailPieces and no httpCode");
	}

	private CarrierTracking tracking(JsonNode piece) {
		JsonNode summary = piece.path("summary");
		String trackingNumber = first(Payloads.text(summary.path("oneDBarcode")),
				Payloads.text(piece.path("mailPieceId")));
		List<CarrierEvent> events = new ArrayList<>();
		for (JsonNode node : piece.path("events")) {
			String code = Payloads.text(node.path("eventCode"));
			Instant at = Payloads.instant(Payloads.text(node.path("eventDateTime")), UK);
			if (at == null || (code != null && RoyalMailStatusCodes.isNotification(code))) {
				continue;
			}
			events
				.add(CarrierEvent.of(at, RoyalMailStatusCodes.TABLE.lookup(code), Payloads.text(node.path("eventName")),
						CarrierEvent.location(Payloads.text(node.path("locationName")), null, null)));
		}
		JsonNode estimate = piece.path("estimatedDelivery");
		Instant estimatedDelivery = Payloads.instant(Payloads.text(estimate.path("startOfEstimatedWindow")), UK);
		if (estimatedDelivery == null) {
			estimatedDelivery = Payloads.instant(Payloads.text(estimate.path("date")), UK);
		}
		return CarrierTracking.fromEvents(trackingNumber, CODE,
				Payloads.text(piece.path("signature").path("recipientName")), estimatedDelivery, events,
				handovers(summary, trackingNumber));
	}

	/**
	 * International items keep their S10 barcode abroad; the summary names the postal
	 * operator that delivers them. When Doorstep knows that operator, the next leg is
	 * tracked there under the same number.
	 */
	static List<Handover> handovers(JsonNode summary, String trackingNumber) {
		String provider = Payloads.text(summary.path("internationalPostalProvider").path("title"));
		if (provider == null) {
			return List.of();
		}
		String name = provider.toLowerCase(Locale.ROOT);
		CarrierCode next = null;
		if (name.contains("united states postal") || name.equals("usps")) {
			next = new CarrierCode("usps");
		}
		else if (name.contains("postnl")) {
			next = new CarrierCode("postnl");
		}
		else if (name.contains("deutsche post")) {
			next = new CarrierCode("deutsche-post");
		}
		return next == null ? List.of() : List.of(new Handover(next, trackingNumber));
	}

	private static TrackingResult error(JsonNode root) {
		String http = Payloads.text(root.path("httpCode"));
		JsonNode first = root.path("errors").path(0);
		String code = Payloads.text(first.path("errorCode"));
		String text = "Royal Mail " + first(http, "error") + describe(Payloads.text(root.path("httpMessage")))
				+ describe(code) + describe(Payloads.text(first.path("errorDescription")))
				+ describe(Payloads.text(root.path("moreInformation")));
		if (UNKNOWN_BARCODE.equals(code) || "404".equals(http)) {
			return new TrackingResult.NotFound(text);
		}
		if ("401".equals(http) || "403".equals(http)) {
			return new TrackingResult.Unauthorized(text);
		}
		if ("429".equals(http)) {
			return new TrackingResult.RateLimited(null);
		}
		return new TrackingResult.Failed(text, http != null && http.startsWith("5"));
	}

	private static String first(@Nullable String preferred, String fallback) {
		return preferred != null ? preferred : fallback;
	}

	private static String describe(@Nullable String text) {
		return text == null ? "" : ", " + text;
	}

}
