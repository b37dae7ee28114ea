package dev.doorstep.returns.label.dhl;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.doorstep.returns.label.Address;
import dev.doorstep.returns.label.CarrierLabelRequest;
import dev.doorstep.returns.label.CarrierLabelResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Doorstep's request to DHL's {@code ReturnOrder} document and DHL's answers back, pure.
 * Field names, nesting and limits follow the API's documentation: {@code shipper} is a
 * {@code ContactAddress} (name1–3, addressStreet, addressHouse, postalCode, city),
 * {@code itemWeight} a {@code Weight} ({@code uom}, {@code value}), {@code itemValue} a
 * {@code Value} ({@code currency}, {@code value}); success is a
 * {@code ReturnOrderConfirmation} (shipmentNo, label.b64, qrLabel.b64, routingCode),
 * errors are RFC 7807 {@code JSONStatus} documents (title, status, detail).
 */
final class DhlReturnsMapper {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * "Königstraße 12a", "Hauptstr. 5-7", "Am Markt 3 / 2": the street, then the number.
	 */
	private static final Pattern NUMBER_LAST = Pattern
		.compile("^(.*?[^\\d\\s,][^,]*?)[\\s,]+(\\d+\\s*[a-zA-Z]?(?:\\s*[-/]\\s*\\d+\\s*[a-zA-Z]?)?)$");

	/** "12 Rue de la Paix", "221b Baker Street": the number first. */
	private static final Pattern NUMBER_FIRST = Pattern.compile("^(\\d+\\s*[a-zA-Z]?)[\\s,]+(.*\\D.*)$");

	/**
	 * DHL names the offending property only in the problem's prose. These are the
	 * request's property names (and the German words of DHL's German messages) mapped to
	 * the field of {@link CarrierLabelRequest} the merchant or shopper has to fix; the
	 * first match wins, most specific first.
	 */
	private static final Map<Pattern, String> FIELDS = fields();

	/** DHL's ContactAddress limits: longer values are refused, so they are shortened. */
	private static final int NAME_MAX = 50;

	private DhlReturnsMapper() {
	}

	/** A street split into street name and house number, as DHL wants them. */
	record StreetAndHouse(String street, String house) {
	}

	/** The street and number, or {@code null} when the street names no number. */
	static @Nullable StreetAndHouse split(String street) {
		String trimmed = street.strip();
		Matcher last = NUMBER_LAST.matcher(trimmed);
		if (last.matches()) {
			return new StreetAndHouse(last.group(1).strip(), last.group(2).replaceAll("\\s+", ""));
		}
		Matcher first = NUMBER_FIRST.matcher(trimmed);
		if (first.matches()) {
			return new StreetAndHouse(first.group(2).strip(), first.group(1).replaceAll("\\s+", ""));
		}
		return null;
	}

	/**
	 * The {@code ReturnOrder} body. The RMA is the customer reference because DHL prints
	 * its first 30 characters on the label; the order number goes into the shipment
	 * reference, which DHL shows in the business customer portal only.
	 */
	static String requestBody(CarrierLabelRequest request, String receiverId, StreetAndHouse street) {
		ObjectNode root = JSON.createObjectNode();
		root.put("receiverId", receiverId);
		root.put("customerReference", request.rma());
		root.put("shipmentReference", request.orderNumber() != null ? request.orderNumber() : request.rma());
		Address from = request.from();
		ObjectNode shipper = root.putObject("shipper");
		shipper.put("name1", shortened(from.name()));
		if (from.line2() != null) {
			shipper.put("name2", shortened(from.line2()));
		}
		shipper.put("addressStreet", street.street());
		shipper.put("addressHouse", street.house());
		shipper.put("postalCode", from.postcode());
		shipper.put("city", from.city());
		if (request.weightGrams() != null) {
			ObjectNode weight = root.putObject("itemWeight");
			weight.put("uom", "g");
			weight.put("value", request.weightGrams());
		}
		BigDecimal value = request.value();
		if (value != null) {
			ObjectNode itemValue = root.putObject("itemValue");
			itemValue.put("currency", request.currency() != null ? request.currency() : "EUR");
			itemValue.put("value", value);
		}
		return JSON.writeValueAsString(root);
	}

	/** DHL's answer to {@code POST /orders}. */
	static CarrierLabelResult answer(int status, String body) {
		if (status == 200 || status == 201) {
			return created(body);
		}
		Problem problem = problem(body);
		if (status == 400 || status == 422) {
			return new CarrierLabelResult.Refused("DHL refused the return label: " + problem.text(status),
					field(problem.detail() + " " + problem.title()));
		}
		if (status == 401 || status == 403) {
			return new CarrierLabelResult.Unavailable(false,
					"DHL refused the credentials (" + status + "): " + problem.text(status));
		}
		if (status == 429 || status >= 500) {
			return new CarrierLabelResult.Unavailable(true, "DHL answered " + status + ": " + problem.text(status));
		}
		return new CarrierLabelResult.Unavailable(false, "DHL answered " + status + ": " + problem.text(status));
	}

	/** The {@code access_token} of a token answer, or {@code null}. */
	static @Nullable Token token(String body) {
		try {
			JsonNode root = JSON.readTree(body);
			String token = text(root.path("access_token"));
			return token == null ? null : new Token(token, root.path("expires_in").asLong(300));
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	record Token(String accessToken, long expiresInSeconds) {
	}

	/** The field of {@link CarrierLabelRequest} a problem text names, if any. */
	static @Nullable String field(String text) {
		for (Map.Entry<Pattern, String> entry : FIELDS.entrySet()) {
			if (entry.getKey().matcher(text).find()) {
				return entry.getValue();
			}
		}
		return null;
	}

	private static CarrierLabelResult created(String body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return new CarrierLabelResult.Unavailable(true, "DHL answered with an unreadable body");
		}
		String shipmentNo = text(root.path("shipmentNo"));
		byte[] label = base64(text(root.path("label").path("b64")));
		if (shipmentNo == null || label == null || !startsWith(label, "%PDF")) {
			// The label type BOTH always carries the shipment label as PDF (the default
			// docFormat); without it there is nothing to print.
			return new CarrierLabelResult.Unavailable(true, "DHL answered without a shipment number or PDF label");
		}
		byte[] qr = base64(text(root.path("qrLabel").path("b64")));
		return new CarrierLabelResult.Created(shipmentNo, label, qr != null && startsWith(qr, "\u0089PNG") ? qr : null);
	}

	private record Problem(String title, String detail) {

		String text(int status) {
			String text = (this.title + (this.detail.isEmpty() ? "" : ": " + this.detail)).strip();
			return text.isEmpty() || text.equals(":") ? "status " + status : text;
		}

	}

	private static Problem problem(String body) {
		try {
			JsonNode root = JSON.readTree(body);
			// Some gateways wrap the status like the confirmation does.
			JsonNode status = root.has("sstatus") ? root.path("sstatus") : root;
			return new Problem(orEmpty(text(status.path("title"))), orEmpty(text(status.path("detail"))));
		}
		catch (JacksonException ex) {
			return new Problem("", excerpt(body));
		}
	}

	private static String excerpt(String body) {
		String trimmed = body.strip();
		return trimmed.length() > 200 ? trimmed.substring(0, 200) + "…" : trimmed;
	}

	private static @Nullable String text(JsonNode node) {
		if (!node.isValueNode() || node.isNull()) {
			return null;
		}
		String text = node.asString().strip();
		return text.isEmpty() ? null : text;
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static byte @Nullable [] base64(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return Base64.getMimeDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean startsWith(byte[] bytes, String magic) {
		if (bytes.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if ((bytes[i] & 0xFF) != magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static String shortened(String value) {
		return value.length() <= NAME_MAX ? value : value.substring(0, NAME_MAX);
	}

	private static Map<Pattern, String> fields() {
		Map<String, String> words = new LinkedHashMap<>();
		words.put("receiverId|Empfänger-?ID", "from.country");
		words.put("postalCode|postal ?code|postcode|zip ?code|Postleitzahl|PLZ", "from.postcode");
		words.put("addressHouse|addressStreet|house ?number|Hausnummer|Straße|street", "from.street");
		words.put("city|Ort|Stadt", "from.city");
		words.put("name[123]|Name", "from.name");
		words.put("itemWeight|weight|Gewicht", "weightGrams");
		words.put("itemValue|Warenwert|value", "value");
		words.put("customerReference|shipmentReference|Referenz", "rma");
		Map<Pattern, String> fields = new LinkedHashMap<>();
		words.forEach((regex, field) -> fields.put(
				Pattern.compile("(?<![\\p{L}])(shipper\\.)?(" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE),
				field));
		return fields;
	}

}
