package dev.doorstep.insert;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import dev.doorstep.insert.internal.CodePatterns;
import dev.doorstep.insert.internal.CodeRepository;
import dev.doorstep.insert.internal.InsertCards;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import dev.doorstep.webhook.OutboundEvent;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Packaging inserts and the discount codes on them. A code is given to an order once (the
 * first time its card or code is asked for) and never to another order; the shop learns
 * of it by the {@code discount_code.assigned} webhook and the CSV export.
 */
@Service
public class Inserts {

	/** Most cards in one batch PDF (a day's packing of a large shop). */
	public static final int MAX_BATCH = 5000;

	/** Most codes one pool import takes. */
	public static final int MAX_IMPORT = 50_000;

	private final CodeRepository codes;

	private final Orders orders;

	private final Shipments shipments;

	private final Shops shops;

	private final TrackingLinks links;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	Inserts(CodeRepository codes, Orders orders, Shipments shipments, Shops shops, TrackingLinks links,
			MessageSource messages, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.codes = codes;
		this.orders = orders;
		this.shipments = shipments;
		this.shops = shops;
		this.links = links;
		this.messages = messages;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	public InsertSettings settings(ShopId shop) {
		return this.codes.settings(shop)
			.map(stored -> this.json.readValue(stored, InsertSettings.class))
			.orElseGet(InsertSettings::defaults);
	}

	/**
	 * @throws InvalidRequestException naming the field at fault
	 */
	@Transactional
	public InsertSettings saveSettings(ShopId shop, InsertSettings settings) {
		List<FieldViolation> violations = new ArrayList<>();
		String problem = CodePatterns.problem(settings.pattern());
		if (problem != null) {
			violations.add(new FieldViolation("pattern", problem));
		}
		if (settings.discountValue().signum() <= 0 || settings.discountValue().scale() > 2
				|| (settings.discountType() == InsertSettings.DiscountType.PERCENT
						&& settings.discountValue().compareTo(BigDecimal.valueOf(100)) > 0)) {
			violations.add(new FieldViolation("discountValue", "must be above 0 (at most 100 for percent)"));
		}
		if (settings.discountType() == InsertSettings.DiscountType.AMOUNT
				&& (settings.currency() == null || !settings.currency().matches("[A-Z]{3}"))) {
			violations.add(new FieldViolation("currency", "an amount needs an ISO 4217 currency such as EUR"));
		}
		if (settings.validDays() < 1 || settings.validDays() > 730) {
			violations.add(new FieldViolation("validDays", "must be 1 to 730"));
		}
		if (settings.message() != null && settings.message().length() > 300) {
			violations.add(new FieldViolation("message", "must be at most 300 characters"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		this.codes.saveSettings(shop, this.json.writeValueAsString(settings), this.clock.instant());
		return settings;
	}

	/** How asking for an order's code went. */
	public sealed interface CodeResult {

		record Assigned(DiscountCode code, boolean isNew) implements CodeResult {
		}

		/** The shop draws codes from its pool and the pool is empty. */
		record PoolEmpty() implements CodeResult {
		}

		/** The shop switched inserts off. */
		record Disabled() implements CodeResult {
		}

		record OrderNotFound() implements CodeResult {
		}

	}

	/** The order's code, given out now if it has none yet. */
	@Transactional
	public CodeResult codeFor(ShopId shop, OrderId orderId) {
		Optional<DiscountCode> existing = this.codes.forOrder(shop, orderId);
		if (existing.isPresent()) {
			return new CodeResult.Assigned(existing.get(), false);
		}
		Optional<Order> order = this.orders.find(shop, orderId);
		if (order.isEmpty()) {
			return new CodeResult.OrderNotFound();
		}
		return codeFor(shop, order.get(), settings(shop));
	}

	/** The order's code under these settings (read once for a whole batch of cards). */
	private CodeResult codeFor(ShopId shop, Order order, InsertSettings settings) {
		OrderId orderId = order.id();
		Optional<DiscountCode> existing = this.codes.forOrder(shop, orderId);
		if (existing.isPresent()) {
			return new CodeResult.Assigned(existing.get(), false);
		}
		if (!settings.enabled()) {
			return new CodeResult.Disabled();
		}
		Instant now = this.clock.instant();
		LocalDate validUntil = now.atZone(zone(shop)).toLocalDate().plusDays(settings.validDays());
		if (settings.source() == InsertSettings.Source.POOL) {
			if (this.codes.assignFromPool(shop, order, settings, validUntil, now).isEmpty()) {
				return new CodeResult.PoolEmpty();
			}
		}
		else {
			boolean assigned = false;
			for (int attempt = 0; !assigned && attempt < 10; attempt++) {
				assigned = this.codes.assignGenerated(shop, order, CodePatterns.next(settings.pattern()), settings,
						validUntil, now);
				if (!assigned && this.codes.forOrder(shop, orderId).isPresent()) {
					// Another packing station gave this order its code a moment ago.
					return new CodeResult.Assigned(this.codes.forOrder(shop, orderId).orElseThrow(), false);
				}
			}
			if (!assigned) {
				throw new IllegalStateException("no free code for the pattern after 10 attempts");
			}
		}
		DiscountCode code = this.codes.forOrder(shop, orderId).orElseThrow();
		this.events.publishEvent(new DiscountCodeAssigned(shop, code));
		this.events
			.publishEvent(new OutboundEvent(shop, "discount_code.assigned", code.code(), now, webhookData(code)));
		return new CodeResult.Assigned(code, true);
	}

	private static Map<String, Object> webhookData(DiscountCode code) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("code", code.code());
		data.put("orderId", code.orderId().value().toString());
		data.put("orderNumber", code.orderNumber());
		data.put("discountType", code.discountType().name());
		data.put("discountValue", code.discountValue().toPlainString());
		data.put("currency", code.currency());
		data.put("validUntil", code.validUntil().toString());
		data.put("singleUse", true);
		return data;
	}

	/** How a pool import went. */
	public record ImportResult(int added, int duplicates) {
	}

	/**
	 * Adds codes to the pool: trimmed, upper-cased; codes the shop has already are
	 * skipped.
	 * @throws InvalidRequestException naming the first bad line
	 */
	@Transactional
	public ImportResult importCodes(ShopId shop, List<String> raw) {
		if (raw.size() > MAX_IMPORT) {
			throw new InvalidRequestException("codes", "at most " + MAX_IMPORT + " codes per import");
		}
		Set<String> unique = new LinkedHashSet<>();
		for (int i = 0; i < raw.size(); i++) {
			String code = raw.get(i).strip().toUpperCase(Locale.ROOT);
			if (code.isEmpty()) {
				continue;
			}
			if (!code.matches("[A-Z0-9_-]{4,40}")) {
				throw new InvalidRequestException("codes[" + i + "]", "must be 4 to 40 of A–Z, 0–9, - and _");
			}
			unique.add(code);
		}
		int added = this.codes.addToPool(shop, List.copyOf(unique), this.clock.instant());
		return new ImportResult(added, raw.size() - added);
	}

	public int poolSize(ShopId shop) {
		return this.codes.poolSize(shop);
	}

	/**
	 * The codes given out in {@code [from, to]} (days in the shop's time zone) as CSV for
	 * the shop's checkout: code, order, terms, valid until, given out at.
	 */
	public String exportCsv(ShopId shop, LocalDate from, LocalDate to) {
		ZoneId zone = zone(shop);
		StringBuilder csv = new StringBuilder(
				"code,order_number,order_id,discount_type,discount_value,currency,valid_until,assigned_at\r\n");
		for (DiscountCode code : this.codes.assigned(shop, from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant())) {
			csv.append(code.code())
				.append(',')
				.append(csvField(code.orderNumber()))
				.append(',')
				.append(code.orderId().value())
				.append(',')
				.append(code.discountType())
				.append(',')
				.append(code.discountValue().toPlainString())
				.append(',')
				.append(code.currency() == null ? "" : code.currency())
				.append(',')
				.append(code.validUntil())
				.append(',')
				.append(code.assignedAt())
				.append("\r\n");
		}
		return csv.toString();
	}

	/**
	 * RFC 4180 quoting, and no formula injection when the shop opens it in a spreadsheet.
	 */
	static String csvField(String value) {
		String safe = value.matches("^[=+\\-@\t\r].*") ? "'" + value : value;
		return safe.matches(".*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

	/** One order's card as a PDF page, with its code (given out now if needed). */
	@Transactional
	public Optional<byte[]> card(ShopId shop, OrderId orderId) {
		Optional<Order> order = this.orders.find(shop, orderId);
		if (order.isEmpty()) {
			return Optional.empty();
		}
		Shop owner = this.shops.get(shop);
		return Optional.of(InsertCards.pdf(List.of(card(owner, order.get(), settings(shop))), done -> {
		}));
	}

	/**
	 * A day's batch: the orders whose parcels were reported that day, and their cards.
	 */
	public record Batch(int cards, byte[] pdf) {
	}

	/**
	 * One merged PDF with a card per order that had a parcel reported on {@code day} (in
	 * the shop's time zone), in the order the parcels were reported.
	 * @param progress told the number of cards done and the total, for a progress bar
	 */
	@Transactional
	public Batch batch(ShopId shop, LocalDate day, BatchProgress progress) {
		Shop owner = this.shops.get(shop);
		ZoneId zone = owner.timeZone();
		List<Shipment> parcels = this.shipments.reportedBetween(shop, day.atStartOfDay(zone).toInstant(),
				day.plusDays(1).atStartOfDay(zone).toInstant(), MAX_BATCH);
		Set<OrderId> orderIds = new LinkedHashSet<>();
		parcels.stream().sorted(Comparator.comparing(Shipment::createdAt)).forEach(p -> orderIds.add(p.orderId()));
		List<Order> found = this.orders.findAll(shop, orderIds);
		Map<OrderId, Order> byId = new LinkedHashMap<>();
		found.forEach(order -> byId.put(order.id(), order));
		List<InsertCards.Card> cards = new ArrayList<>();
		int total = orderIds.size();
		progress.update(0, total);
		InsertSettings settings = settings(shop);
		for (OrderId id : orderIds) {
			Order order = byId.get(id);
			if (order != null) {
				cards.add(card(owner, order, settings));
			}
		}
		byte[] pdf = InsertCards.pdf(cards, done -> progress.update(done, total));
		return new Batch(cards.size(), pdf);
	}

	/** Progress of a batch: cards done of the total. */
	@FunctionalInterface
	public interface BatchProgress {

		void update(int done, int total);

		static BatchProgress none() {
			return (done, total) -> {
			};
		}

	}

	private InsertCards.Card card(Shop shop, Order order, InsertSettings settings) {
		Locale locale = shop.localeFor(order.locale() == null ? null : Locale.forLanguageTag(order.locale()));
		String name = order.customer().firstName();
		String thanks = (name == null || name.isBlank()) ? text("insert.thanks", locale)
				: text("insert.thanksName", locale, name.strip());
		String body = (settings.message() != null && !settings.message().isBlank()) ? settings.message().strip()
				: text("insert.body", locale, order.orderNumber(), shop.name());
		String code = null;
		String terms = null;
		if (codeFor(shop.id(), order, settings) instanceof CodeResult.Assigned assigned) {
			DiscountCode discount = assigned.code();
			code = discount.code();
			String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(locale)
				.format(discount.validUntil());
			terms = (discount.discountType() == InsertSettings.DiscountType.PERCENT)
					? text("insert.percent", locale, discount.discountValue().stripTrailingZeros().toPlainString(),
							until)
					: text("insert.amount", locale, money(discount.discountValue(), discount.currency(), locale),
							until);
		}
		String tracking = this.shipments.forOrder(shop.id(), order.id())
			.stream()
			.max(Comparator.comparing(Shipment::createdAt))
			.map(this.links::url)
			.orElse(null);
		return new InsertCards.Card(shop.name(), shop.brand().primaryColor(), thanks, body,
				code == null ? null : text("insert.codeIntro", locale), code, terms, tracking,
				tracking == null ? null : text("insert.qr", locale));
	}

	private static String money(BigDecimal amount, @org.jspecify.annotations.Nullable String currency, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		if (currency != null) {
			format.setCurrency(Currency.getInstance(currency));
		}
		return format.format(amount);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private ZoneId zone(ShopId shop) {
		return this.shops.find(shop).map(Shop::timeZone).orElse(ZoneId.of("UTC"));
	}

}
