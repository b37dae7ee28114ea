package dev.doorstep.history.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.doorstep.history.HistoryFormatException;
import dev.doorstep.history.ImportSummary.Rejection;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderDraft;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.NewShipment;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.TrackingUpdate;
import org.jspecify.annotations.Nullable;

/**
 * The history file read into orders with their lines and parcels, every row checked
 * before anything is stored. One row is one order line; the rows of an order share its
 * {@code order_number}, and a row with a tracking number puts its line's order in that
 * parcel. A row with a bad value is rejected with its line, column and reason, and the
 * other rows of its order with it (an order half imported would teach wrong baskets and
 * wrong totals).
 */
public final class HistoryRows {

	public static final List<String> COLUMNS = List.of("order_number", "external_id", "placed_at", "email", "postcode",
			"country", "currency", "total", "sku", "name", "category", "quantity", "price", "carrier",
			"tracking_number", "shipped_at", "delivered_at", "status");

	private static final Set<String> REQUIRED = Set.of("order_number", "external_id", "placed_at", "email", "country",
			"currency", "total", "sku", "name", "quantity", "price");

	/** Per order, these must read the same on every row. */
	private static final List<String> ORDER_COLUMNS = List.of("external_id", "placed_at", "email", "postcode",
			"country", "currency", "total");

	/** Per parcel, these must read the same on every row naming it. */
	private static final List<String> PARCEL_COLUMNS = List.of("shipped_at", "delivered_at", "status");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,11}");

	/** A clock a little ahead of the server's is not "in the future". */
	private static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

	private static final int MAX_TEXT = 200;

	/** What the file holds: orders ready to store and rows rejected. */
	public record Parsed(int rowsRead, List<PastOrder> orders, List<Rejection> rejected) {
	}

	/** One order with the file lines it came from. */
	public record PastOrder(OrderDraft draft, List<Parcel> parcels, List<Integer> lines) {

		/** Every row of the order, rejected for one reason. */
		public List<Rejection> reject(String column, String reason) {
			return this.lines.stream().map(line -> new Rejection(line, column, reason)).toList();
		}

	}

	/** One parcel of an order, its status and its known events. */
	public record Parcel(NewShipment shipment, TrackingStatus status, @Nullable Instant deliveredAt,
			List<TrackingUpdate> history) {
	}

	/** A row read into values. */
	private record Line(int line, Map<String, String> raw, String orderNumber, Instant placedAt, String email,
			@Nullable String postcode, String country, String currency, BigDecimal total, Order.LineItem item,
			@Nullable CarrierCode carrier, @Nullable String trackingNumber, @Nullable Instant shippedAt,
			@Nullable Instant deliveredAt, TrackingStatus status) {
	}

	/** A value that cannot be used, for its row's rejection. */
	private static final class Bad extends Exception {

		final String column;

		/** The row at fault when an order's rows disagree; 0 for the row being read. */
		final int line;

		Bad(String column, String reason) {
			this(0, column, reason);
		}

		Bad(int line, String column, String reason) {
			super(reason, null, false, false);
			this.line = line;
			this.column = column;
		}

	}

	private HistoryRows() {
	}

	/**
	 * @param zone the shop's time zone, for dates and times without an offset
	 * @throws HistoryFormatException when the header is missing or wrong
	 */
	public static Parsed parse(List<CsvRows.Row> rows, ZoneId zone, Instant now) {
		if (rows.isEmpty()) {
			throw new HistoryFormatException(
					"the file is empty; its first line must be the header " + String.join(",", COLUMNS));
		}
		Map<String, Integer> header = header(rows.getFirst());
		List<Rejection> rejected = new ArrayList<>();
		Map<String, List<Line>> byOrder = new LinkedHashMap<>();
		Map<String, List<Integer>> linesByOrder = new LinkedHashMap<>();
		Map<String, Rejection> firstRejection = new HashMap<>();
		int read = 0;
		for (CsvRows.Row row : rows.subList(1, rows.size())) {
			if (row.blank()) {
				continue;
			}
			read++;
			Map<String, String> raw = new HashMap<>();
			header.forEach((column, index) -> raw.put(column,
					index < row.fields().size() ? row.fields().get(index).strip() : ""));
			String number = raw.get("order_number");
			linesByOrder.computeIfAbsent(number, key -> new ArrayList<>()).add(row.line());
			try {
				Line line = line(row.line(), raw, zone, now);
				byOrder.computeIfAbsent(number, key -> new ArrayList<>()).add(line);
			}
			catch (Bad bad) {
				Rejection rejection = new Rejection(row.line(), bad.column, bad.getMessage());
				rejected.add(rejection);
				firstRejection.putIfAbsent(number, rejection);
			}
		}
		List<PastOrder> orders = new ArrayList<>();
		for (Map.Entry<String, List<Integer>> entry : linesByOrder.entrySet()) {
			List<Line> lines = byOrder.getOrDefault(entry.getKey(), List.of());
			Rejection first = firstRejection.get(entry.getKey());
			if (first == null) {
				try {
					orders.add(order(lines));
					continue;
				}
				catch (Bad bad) {
					first = new Rejection(bad.line, bad.column, bad.getMessage());
					rejected.add(first);
				}
			}
			Rejection cause = first;
			for (Line line : lines) {
				if (line.line() != cause.line()) {
					rejected.add(new Rejection(line.line(), "order_number", "order " + entry.getKey()
							+ " not imported: line " + cause.line() + " of the same order was rejected"));
				}
			}
		}
		return new Parsed(read, List.copyOf(orders), rejected);
	}

	private static Map<String, Integer> header(CsvRows.Row row) {
		Map<String, Integer> header = new LinkedHashMap<>();
		for (int i = 0; i < row.fields().size(); i++) {
			String name = row.fields().get(i).strip().toLowerCase(Locale.ROOT);
			if (!COLUMNS.contains(name)) {
				throw new HistoryFormatException(
						"unknown column '" + name + "' in the header; the columns are " + String.join(",", COLUMNS));
			}
			if (header.putIfAbsent(name, i) != null) {
				throw new HistoryFormatException("column '" + name + "' appears twice in the header");
			}
		}
		List<String> missing = REQUIRED.stream().filter(column -> !header.containsKey(column)).sorted().toList();
		if (!missing.isEmpty()) {
			throw new HistoryFormatException("the header lacks the required column(s) " + String.join(", ", missing));
		}
		return header;
	}

	private static Line line(int number, Map<String, String> raw, ZoneId zone, Instant now) throws Bad {
		String orderNumber = text(raw, "order_number", true);
		text(raw, "external_id", true);
		Instant placedAt = instant(raw, "placed_at", zone, now);
		String email = text(raw, "email", true);
		if (!EMAIL.matcher(email).matches() || email.length() > 254) {
			throw new Bad("email", "must be an email address");
		}
		String postcode = text(raw, "postcode", false);
		if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
			throw new Bad("postcode", "must be 1 to 12 letters, digits, spaces or dashes");
		}
		String country = text(raw, "country", true).toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			throw new Bad("country", "must be an ISO 3166-1 alpha-2 country code, e.g. DE");
		}
		String currency = text(raw, "currency", true).toUpperCase(Locale.ROOT);
		try {
			Currency.getInstance(currency);
		}
		catch (IllegalArgumentException ex) {
			throw new Bad("currency", "must be an ISO 4217 currency code, e.g. EUR");
		}
		BigDecimal total = money(raw, "total");
		int quantity;
		try {
			quantity = Integer.parseInt(text(raw, "quantity", true));
		}
		catch (NumberFormatException ex) {
			throw new Bad("quantity", "must be a whole number");
		}
		if (quantity < 1) {
			throw new Bad("quantity", "must be at least 1");
		}
		Order.LineItem item = new Order.LineItem(text(raw, "sku", true), text(raw, "name", true),
				text(raw, "category", false), null, quantity, money(raw, "price"), null, null);
		String carrierName = text(raw, "carrier", false);
		String trackingNumber = text(raw, "tracking_number", false);
		CarrierCode carrier = null;
		if (carrierName != null) {
			carrier = CarrierCode.parse(carrierName)
				.filter(code -> !code.equals(CarrierCode.SIMULATED))
				.orElseThrow(() -> new Bad("carrier", "unknown carrier '" + carrierName + "'; known carriers: "
						+ String.join(", ", CarrierCode.known())));
		}
		if (carrier != null && trackingNumber == null) {
			throw new Bad("tracking_number", "is required when a carrier is given");
		}
		if (carrier == null && trackingNumber != null) {
			throw new Bad("carrier", "is required when a tracking number is given");
		}
		Instant shippedAt = raw.getOrDefault("shipped_at", "").isEmpty() ? null : instant(raw, "shipped_at", zone, now);
		Instant deliveredAt = raw.getOrDefault("delivered_at", "").isEmpty() ? null
				: instant(raw, "delivered_at", zone, now);
		TrackingStatus status = status(raw, shippedAt, deliveredAt);
		if (carrier == null
				&& (shippedAt != null || deliveredAt != null || !raw.getOrDefault("status", "").isEmpty())) {
			throw new Bad("tracking_number", "is required for a parcel's shipped_at, delivered_at or status");
		}
		if (deliveredAt != null && shippedAt != null && deliveredAt.isBefore(shippedAt)) {
			throw new Bad("delivered_at", "is before shipped_at");
		}
		if (deliveredAt != null && deliveredAt.isBefore(placedAt)) {
			throw new Bad("delivered_at", "is before placed_at");
		}
		return new Line(number, raw, orderNumber, placedAt, email, postcode, country, currency, total, item, carrier,
				trackingNumber, shippedAt, deliveredAt, status);
	}

	private static TrackingStatus status(Map<String, String> raw, @Nullable Instant shippedAt,
			@Nullable Instant deliveredAt) throws Bad {
		String value = raw.getOrDefault("status", "");
		if (value.isEmpty()) {
			return deliveredAt != null ? TrackingStatus.DELIVERED
					: shippedAt != null ? TrackingStatus.IN_TRANSIT : TrackingStatus.PENDING;
		}
		TrackingStatus status;
		try {
			status = TrackingStatus.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new Bad("status", "must be one of " + java.util.Arrays.toString(TrackingStatus.values()));
		}
		if (status == TrackingStatus.DELIVERED && deliveredAt == null) {
			throw new Bad("delivered_at", "is required when status is DELIVERED");
		}
		if (status != TrackingStatus.DELIVERED && deliveredAt != null) {
			throw new Bad("status", "must be DELIVERED (or empty) when delivered_at is given");
		}
		return status;
	}

	/** The order from its rows, once every row read well. */
	private static PastOrder order(List<Line> lines) throws Bad {
		Line first = lines.getFirst();
		Map<String, Line> parcelFirst = new LinkedHashMap<>();
		Map<String, Line> skus = new HashMap<>();
		for (Line line : lines) {
			for (String column : ORDER_COLUMNS) {
				same(first, line, column, "the order's first row");
			}
			if (skus.putIfAbsent(line.item().sku(), line) != null) {
				throw new Bad(line.line(), "sku", "'" + line.item().sku() + "' is already on line "
						+ skus.get(line.item().sku()).line() + " of the same order");
			}
			if (line.carrier() != null) {
				String key = line.carrier().value() + " " + line.trackingNumber();
				Line parcel = parcelFirst.putIfAbsent(key, line);
				if (parcel != null) {
					for (String column : PARCEL_COLUMNS) {
						same(parcel, line, column, "the parcel's first row");
					}
				}
			}
		}
		List<Order.LineItem> items = lines.stream().map(Line::item).toList();
		OrderDraft draft = new OrderDraft(first.raw().get("external_id"), first.orderNumber(), first.placedAt(),
				first.currency(), null, new Order.Customer(first.email(), null, null, null),
				new Order.Address(null, null, first.postcode(), null, first.country()), items, first.total());
		List<Parcel> parcels = new ArrayList<>();
		for (Line line : parcelFirst.values()) {
			parcels.add(new Parcel(new NewShipment(Objects.requireNonNull(line.carrier()),
					Objects.requireNonNull(line.trackingNumber()), null, List.of(), line.shippedAt(), null, null),
					line.status(), line.deliveredAt(), history(line)));
		}
		return new PastOrder(draft, List.copyOf(parcels), lines.stream().map(Line::line).toList());
	}

	/** The events the file tells of: hand-over, then the status it ended in. */
	private static List<TrackingUpdate> history(Line line) {
		List<TrackingUpdate> events = new ArrayList<>();
		Instant handedOver = line.shippedAt();
		if (handedOver != null) {
			events.add(new TrackingUpdate(handedOver, TrackingStatus.IN_TRANSIT, null, null,
					"Handed to the carrier (imported history)", null, "import:shipped"));
		}
		switch (line.status()) {
			case PENDING -> {
			}
			case IN_TRANSIT -> {
				if (handedOver == null) {
					events.add(new TrackingUpdate(line.placedAt(), TrackingStatus.IN_TRANSIT, null, null,
							"On its way (imported history)", null, "import:in_transit"));
				}
			}
			case DELIVERED -> events.add(new TrackingUpdate(Objects.requireNonNull(line.deliveredAt()),
					TrackingStatus.DELIVERED, null, null, "Delivered (imported history)", null, "import:delivered"));
			default -> events.add(new TrackingUpdate(handedOver != null ? handedOver : line.placedAt(), line.status(),
					null, null, "Status from imported history", null,
					"import:" + line.status().name().toLowerCase(Locale.ROOT)));
		}
		return events;
	}

	private static void same(Line first, Line line, String column, String where) throws Bad {
		String a = first.raw().getOrDefault(column, "");
		String b = line.raw().getOrDefault(column, "");
		if (!a.equals(b)) {
			throw new Bad(line.line(), column,
					"'" + b + "' differs from '" + a + "' on line " + first.line() + ", " + where);
		}
	}

	private static @Nullable String text(Map<String, String> raw, String column, boolean required) throws Bad {
		String value = raw.getOrDefault(column, "");
		if (value.isEmpty()) {
			if (required) {
				throw new Bad(column, "is required");
			}
			return null;
		}
		if (value.length() > MAX_TEXT) {
			throw new Bad(column, "must be at most " + MAX_TEXT + " characters");
		}
		return value;
	}

	private static BigDecimal money(Map<String, String> raw, String column) throws Bad {
		BigDecimal amount;
		try {
			amount = new BigDecimal(text(raw, column, true));
		}
		catch (NumberFormatException ex) {
			throw new Bad(column, "must be a decimal number with a dot, e.g. 19.90");
		}
		if (amount.signum() < 0) {
			throw new Bad(column, "must not be negative");
		}
		return amount;
	}

	/**
	 * An ISO-8601 timestamp with offset, a local date-time (the shop's time zone) or a
	 * date (its start in the shop's time zone), not in the future.
	 */
	private static Instant instant(Map<String, String> raw, String column, ZoneId zone, Instant now) throws Bad {
		String value = text(raw, column, true);
		Instant instant;
		try {
			if (value.length() == 10) {
				instant = LocalDate.parse(value).atStartOfDay(zone).toInstant();
			}
			else if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:?\\d{2}$")) {
				instant = OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
			}
			else {
				instant = LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toInstant();
			}
		}
		catch (DateTimeParseException ex) {
			throw new Bad(column,
					"'" + value + "' is not a date; use ISO 8601, e.g. 2025-03-14 or 2025-03-14T10:15:00Z");
		}
		if (instant.isAfter(now.plus(FUTURE_TOLERANCE))) {
			throw new Bad(column, "lies in the future");
		}
		return instant;
	}

}
