package dev.doorstep.shipment.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierParser;
import dev.doorstep.shipment.carrier.CarrierParsers;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.TrackingResult;
import dev.doorstep.shipment.carrier.UnknownCarrierException;
import dev.doorstep.shipment.detection.CarrierDetector;
import dev.doorstep.shipment.detection.DetectionReport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code doorstep carriers ...}: offline tools for a merchant's engineer. They start no
 * web server and no database, so they answer in well under a second.
 */
public final class CarrierCommands {

	/** Exit code when the input was fine but nothing matched or the carrier said no. */
	public static final int NOT_FOUND = 2;

	/** Exit code for a wrong command line or an unreadable file. */
	public static final int USAGE = 1;

	private static final String HELP = """
			usage: doorstep carriers detect <tracking number>
			         prints the carriers the number may belong to as JSON, best first
			         (exit 0 when at least one matches, 2 when none does)
			       doorstep carriers parse --carrier <code> <file>
			         maps one raw tracking API response (JSON or XML as the carrier sent it)
			         and prints the normalized tracking as JSON, events newest last
			         (exit 0; 2 when the response says "not found" or is an error;
			         1 when the file is not a response of that carrier at all)""";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private CarrierCommands() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length >= 2 && args[0].equals("detect")) {
			String number = String.join(" ", Arrays.copyOfRange(args, 1, args.length));
			if (!number.isBlank()) {
				DetectionReport report = new CarrierDetector().report(number);
				out.println(JSON.writeValueAsString(report));
				return report.candidates().isEmpty() ? NOT_FOUND : 0;
			}
		}
		if (args.length >= 1 && args[0].equals("parse")) {
			return parse(Arrays.copyOfRange(args, 1, args.length), out, err);
		}
		err.println(HELP);
		return USAGE;
	}

	private static int parse(String[] args, PrintStream out, PrintStream err) {
		String carrier = null;
		String file = null;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--carrier") && i + 1 < args.length) {
				carrier = args[++i];
			}
			else if (args[i].startsWith("--carrier=")) {
				carrier = args[i].substring("--carrier=".length());
			}
			else if (file == null && !args[i].startsWith("--")) {
				file = args[i];
			}
			else {
				err.println("carriers parse: unexpected argument '" + args[i] + "'");
				err.println(HELP);
				return USAGE;
			}
		}
		if (carrier == null || file == null) {
			err.println("carriers parse: needs --carrier <code> and a file");
			err.println(HELP);
			return USAGE;
		}
		CarrierParsers parsers = CarrierParsers.load();
		Optional<CarrierCode> code = CarrierCode.parse(carrier);
		CarrierParser parser;
		try {
			parser = parsers.get(code.orElseThrow(UnknownCode::new));
		}
		catch (UnknownCode | UnknownCarrierException ex) {
			err.println("carriers parse: no parser for carrier '" + carrier + "'; carriers with one: "
					+ String.join(", ", parsers.codes()));
			return USAGE;
		}
		String body;
		try {
			body = Files.readString(Path.of(file), StandardCharsets.UTF_8);
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			err.println("carriers parse: cannot read '" + file + "': " + ex.getMessage());
			return USAGE;
		}
		TrackingResult result;
		try {
			result = parser.parse(body);
		}
		catch (MalformedResponseException ex) {
			err.println("carriers parse: '" + file + "' is not a " + code.get().displayName() + " tracking response: "
					+ ex.getMessage());
			return USAGE;
		}
		out.println(JSON.writeValueAsString(render(result)));
		return result instanceof TrackingResult.Found ? 0 : NOT_FOUND;
	}

	private static final class UnknownCode extends RuntimeException {

	}

	/** The normalized JSON: plain maps, so the field order is the documented one. */
	private static Map<String, @Nullable Object> pickupPoint(PickupPoint point) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("name", point.name());
		json.put("street", point.street());
		json.put("postcode", point.postcode());
		json.put("city", point.city());
		json.put("country", point.country());
		json.put("type", point.type() == null ? null : point.type().name());
		json.put("openingHours", point.openingHours());
		json.put("deadline", point.deadline() == null ? null : point.deadline().toString());
		json.put("deadlineEstimated", point.deadlineEstimated());
		return json;
	}

	static Map<String, @Nullable Object> render(TrackingResult result) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		switch (result) {
			case TrackingResult.Found found -> {
				CarrierTracking tracking = found.tracking();
				json.put("trackingNumber", tracking.trackingNumber());
				json.put("carrier", tracking.carrier().value());
				json.put("status", tracking.status().name());
				json.put("subStatus", tracking.subStatus());
				json.put("delivered", tracking.delivered());
				json.put("deliveredAt", text(tracking.deliveredAt()));
				json.put("signedBy", tracking.signedBy());
				json.put("estimatedDelivery", text(tracking.estimatedDelivery()));
				List<Map<String, @Nullable Object>> events = new ArrayList<>();
				for (CarrierEvent event : tracking.events()) {
					Map<String, @Nullable Object> item = new LinkedHashMap<>();
					item.put("occurredAt", text(event.occurredAt()));
					item.put("status", event.status().name());
					item.put("subStatus", event.subStatus());
					item.put("description", event.description());
					item.put("location", location(event.location()));
					item.put("incidentReason", event.incidentReason() == null ? null : event.incidentReason().name());
					item.put("rawCode", event.rawCode());
					item.put("mapped", event.mapped());
					events.add(item);
				}
				json.put("events", events);
				json.put("handovers",
						tracking.handovers()
							.stream()
							.map(handover -> Map.of("carrier", handover.carrier().value(), "trackingNumber",
									handover.trackingNumber()))
							.toList());
				// As the poller stores it: the answer's own point, else the pickup
				// event's place.
				PickupPoint point = (tracking.pickupPoint() != null) ? tracking.pickupPoint()
						: CarrierTracking.pickupPlace(tracking.carrier(), tracking.events(), ZoneOffset.UTC);
				json.put("pickupPoint", point == null ? null : pickupPoint(point));
			}
			case TrackingResult.NotFound notFound -> json.put("error", error("not_found", notFound.detail()));
			case TrackingResult.Unauthorized unauthorized ->
				json.put("error", error("unauthorized", unauthorized.detail()));
			case TrackingResult.RateLimited limited -> {
				Map<String, @Nullable Object> error = error("rate_limited", "the carrier asks to slow down");
				error.put("retryAfterSeconds", limited.retryAfter() == null ? null : limited.retryAfter().toSeconds());
				json.put("error", error);
			}
			case TrackingResult.Failed failed -> {
				Map<String, @Nullable Object> error = error("failed", failed.detail());
				error.put("retryable", failed.retryable());
				json.put("error", error);
			}
		}
		return json;
	}

	private static Map<String, @Nullable Object> error(String type, String detail) {
		Map<String, @Nullable Object> error = new LinkedHashMap<>();
		error.put("type", type);
		error.put("detail", detail);
		return error;
	}

	private static @Nullable Map<String, @Nullable Object> location(TrackingEvent.@Nullable Location location) {
		if (location == null) {
			return null;
		}
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("city", location.city());
		json.put("postcode", location.postcode());
		json.put("country", location.country());
		return json;
	}

	private static @Nullable String text(@Nullable Instant instant) {
		return instant == null ? null : instant.toString();
	}

}
