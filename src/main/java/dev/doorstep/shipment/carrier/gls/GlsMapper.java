package dev.doorstep.shipment.carrier.gls;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.doorstep.shipment.CarrierCode;
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
 * Maps a GLS Track And Trace V1 body: {@code ParcelsResponseDTO} (parcels with status and
 * events, or with {@code errorCode}), {@code ErrorResponseDTO} (problem details) or the
 * API gateway's {@code fault} (token, quota).
 */
public class GlsMapper implements CarrierParser {

	// GLS writes offsets without a colon ("2024-10-11T15:24:57+0200").
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX][XX]");

	private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

	@Override
	public CarrierCode carrier() {
		return GlsAdapter.CODE;
	}

	@Override
	public TrackingResult parse(String rawResponse) {
		JsonNode root = Payloads.json(rawResponse, "a GLS Track And Trace answer");
		if (root.has("fault")) {
			return fault(root.path("fault"));
		}
		if (!root.has("parcels") && root.has("status") && root.has("title")) {
			return new TrackingResult.Failed("GLS answered " + root.path("status").asInt() + ": "
					+ text(root.path("detail"), text(root.path("title"), "error")), false);
		}
		JsonNode parcels = root.path("parcels");
		if (!parcels.isArray()) {
			throw new MalformedResponseException("Not a GLS Track And Trace answer: no parcels array");
		}
		JsonNode error = null;
		for (JsonNode parcel : parcels) {
			if (Payloads.text(parcel.path("errorCode")) == null && Payloads.text(parcel.path("unitno")) != null) {
				return new TrackingResult.Found(tracking(parcel));
			}
			error = parcel;
		}
		if (error == null) {
			return new TrackingResult.NotFound("GLS returned no parcel");
		}
		String code = text(error.path("errorCode"), "");
		String message = code + " " + text(error.path("errorMessage"), "");
		if (code.startsWith("E_404")) {
			return new TrackingResult.NotFound("GLS: " + message.strip());
		}
		return new TrackingResult.Failed("GLS: " + message.strip(), code.startsWith("E_500"));
	}

	private static TrackingResult fault(JsonNode fault) {
		String errorCode = text(fault.path("detail").path("errorcode"), "");
		String message = text(fault.path("faultstring"), errorCode);
		if (errorCode.contains("ratelimit") || errorCode.contains("Quota")) {
			return new TrackingResult.RateLimited(null);
		}
		return new TrackingResult.Unauthorized("GLS refused the token: " + message);
	}

	private static CarrierTracking tracking(JsonNode parcel) {
		List<CarrierEvent> events = new ArrayList<>();
		for (JsonNode event : parcel.path("events")) {
			Instant at = instant(Payloads.text(event.path("eventDateTime")));
			if (at == null) {
				continue;
			}
			events.add(CarrierEvent.of(at, GlsStatusCodes.TABLE.lookup(Payloads.text(event.path("code"))),
					Payloads.text(event.path("description")), CarrierEvent.location(Payloads.text(event.path("city")),
							Payloads.text(event.path("postalCode")), Payloads.text(event.path("country")))));
		}
		String number = text(parcel.path("unitno"), "");
		String status = Payloads.text(parcel.path("status"));
		CarrierTracking byEvents = CarrierTracking.fromEvents(number, GlsAdapter.CODE, null, null, events, List.of());
		if (status == null || "FINAL".equalsIgnoreCase(status)) {
			// FINAL only says the history is closed; the newest event says how it ended.
			return byEvents;
		}
		StatusCodeTable.Lookup lookup = GlsStatusCodes.TABLE.lookup(status);
		StatusMapping summary = lookup.mapping();
		boolean delivered = summary.status() == TrackingStatus.DELIVERED;
		Instant deliveredAt = null;
		if (delivered) {
			deliveredAt = byEvents.deliveredAt() != null ? byEvents.deliveredAt()
					: instant(Payloads.text(parcel.path("statusDateTime")));
		}
		return new CarrierTracking(number, GlsAdapter.CODE, summary.status(), summary.subStatus(), delivered,
				deliveredAt, null, null, byEvents.events(), List.of());
	}

	static @Nullable Instant instant(@Nullable String timestamp) {
		if (timestamp == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(timestamp, TIMESTAMP).toInstant();
		}
		catch (DateTimeParseException ex) {
			return Payloads.instant(timestamp, GERMANY);
		}
	}

	private static String text(JsonNode node, String otherwise) {
		String value = Payloads.text(node);
		return value == null ? otherwise : value;
	}

}
