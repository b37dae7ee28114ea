package dev.doorstep.returns.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.recommendation.Product;
import dev.doorstep.returns.NewReturn;
import dev.doorstep.returns.PolicyViolation;
import dev.doorstep.returns.Resolution;
import dev.doorstep.returns.Restriction;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnOptions;
import dev.doorstep.returns.ReturnPolicy;
import dev.doorstep.returns.ReturnQuote;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.runtime.FieldViolation;
import org.jspecify.annotations.Nullable;

/**
 * The return policy as a function: what an order allows now, and whether a requested
 * return passes and what it is worth. Pure (no clock, no database), so the portal, the
 * API and the console cannot disagree, and every rule is tested on its own.
 */
public final class PolicyEvaluator {

	/** Largest photo taken. */
	public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

	/** Most photos per item. */
	public static final int MAX_PHOTOS = 5;

	/** Longest comment. */
	public static final int MAX_COMMENT = 1000;

	private PolicyEvaluator() {
	}

	/**
	 * What the evaluator needs to know about an order besides the order itself.
	 *
	 * @param deliveredBySku when the parcel carrying each SKU was delivered
	 * @param lastDelivered the latest delivery of any of the order's parcels, for items
	 * whose parcel is not known
	 * @param alreadyReturned pieces per SKU in earlier returns that were not rejected
	 * @param variants other available variants per SKU, from the catalogue
	 */
	public record OrderFacts(Order order, Map<String, Instant> deliveredBySku, @Nullable Instant lastDelivered,
			Map<String, Integer> alreadyReturned, Map<String, List<Product>> variants) {
	}

	public static ReturnOptions options(ReturnPolicy policy, OrderFacts facts, Instant now, ZoneId zone) {
		Order order = facts.order();
		String country = (order.shippingAddress() != null) ? order.shippingAddress().country() : null;
		ReturnPolicy.Zone policyZone = policy.zoneOf(country).orElse(null);
		Restriction orderWide = null;
		if (order.status() == OrderStatus.CANCELLED) {
			orderWide = new Restriction.OrderCancelled();
		}
		else if (!policy.zones().isEmpty() && policyZone == null) {
			orderWide = new Restriction.CountryNotServed(country == null ? "unknown" : country);
		}
		LocalDate today = now.atZone(zone).toLocalDate();
		List<ReturnOptions.Item> items = new ArrayList<>();
		for (Order.LineItem line : order.items()) {
			int returned = Math.min(line.quantity(), facts.alreadyReturned().getOrDefault(line.sku(), 0));
			Instant delivered = facts.deliveredBySku().getOrDefault(line.sku(), facts.lastDelivered());
			Instant from = (delivered != null) ? delivered : order.placedAt();
			LocalDate lastDay = from.atZone(zone).toLocalDate().plusDays(windowDays(policy, policyZone, line));
			Restriction restriction = orderWide;
			if (restriction == null && today.isAfter(lastDay)) {
				restriction = new Restriction.WindowClosed(lastDay);
			}
			if (restriction == null && returned >= line.quantity()) {
				restriction = new Restriction.AllReturned();
			}
			if (restriction == null && line.finalSale()) {
				restriction = new Restriction.FinalSale();
			}
			if (restriction == null && line.category() != null
					&& policy.nonReturnableCategories().contains(ReturnPolicy.category(line.category()))) {
				restriction = new Restriction.CategoryExcluded(line.category());
			}
			boolean open = restriction == null || restriction.faultReasonsOnly();
			int returnable = open ? line.quantity() - returned : 0;
			List<ReturnOptions.Variant> variants = new ArrayList<>();
			Set<Resolution> resolutions = EnumSet.noneOf(Resolution.class);
			if (returnable > 0) {
				resolutions.add(Resolution.REFUND);
				if (policy.storeCredit()) {
					resolutions.add(Resolution.STORE_CREDIT);
				}
				if (policy.exchanges()) {
					for (Product product : facts.variants().getOrDefault(line.sku(), List.of())) {
						if (product.available() && product.currency().equals(order.currency())) {
							variants.add(new ReturnOptions.Variant(product.sku(), product.name(), product.variant(),
									product.price(), product.price().subtract(line.unitPrice())));
						}
					}
					if (!variants.isEmpty()) {
						resolutions.add(Resolution.EXCHANGE);
					}
				}
				if (policy.keepItemBelow().signum() > 0 && line.unitPrice().compareTo(policy.keepItemBelow()) < 0) {
					resolutions.add(Resolution.KEEP_ITEM);
				}
			}
			items.add(new ReturnOptions.Item(line.sku(), line.name(), line.variant(), line.category(), line.imageUrl(),
					line.unitPrice(), line.quantity(), returned, returnable, lastDay, restriction,
					Set.copyOf(resolutions), List.copyOf(variants)));
		}
		Set<ReturnMethod> methods = EnumSet.noneOf(ReturnMethod.class);
		for (ReturnMethod method : policy.methods()) {
			if (method == ReturnMethod.STORE_DROP_OFF && policy.stores().isEmpty()) {
				continue;
			}
			if (method == ReturnMethod.PRINTED_LABEL && policy.returnAddress() == null) {
				continue;
			}
			methods.add(method);
		}
		return new ReturnOptions(order.id(), order.orderNumber(), order.currency(), country,
				policyZone == null ? null : policyZone.name(), List.copyOf(items), Set.copyOf(methods), policy.stores(),
				policy.photoReasons(), policy.keepItemBelow(), policy.storeCreditBonusPercent());
	}

	private static int windowDays(ReturnPolicy policy, ReturnPolicy.@Nullable Zone zone, Order.LineItem line) {
		if (line.category() != null) {
			Integer days = policy.categoryWindowDays().get(ReturnPolicy.category(line.category()));
			if (days != null) {
				return days;
			}
		}
		return (zone != null && zone.windowDays() != null) ? zone.windowDays() : policy.windowDays();
	}

	/** How a requested return fared. */
	public sealed interface Checked {

		/** Within the policy; what it is worth. */
		record Accepted(ReturnQuote quote, List<Priced> lines) implements Checked {
		}

		/** Well-formed, but against the policy. */
		record Refused(List<PolicyViolation> violations) implements Checked {
		}

		/** Malformed: unknown items, bad quantities, photos that are no images. */
		record Invalid(List<FieldViolation> violations) implements Checked {
		}

	}

	/** A requested line with its order line and, for an exchange, the variant. */
	public record Priced(NewReturn.Line line, ReturnOptions.Item item, ReturnOptions.@Nullable Variant variant,
			List<String> photoTypes) {
	}

	public static Checked check(ReturnPolicy policy, ReturnOptions options, NewReturn request) {
		return check(policy, options, request, false);
	}

	/**
	 * @param photosFollow photos come in a later step: a missing one is not refused yet
	 */
	public static Checked check(ReturnPolicy policy, ReturnOptions options, NewReturn request, boolean photosFollow) {
		List<FieldViolation> invalid = new ArrayList<>();
		List<PolicyViolation> refused = new ArrayList<>();
		if (request.lines().isEmpty()) {
			invalid.add(new FieldViolation("items", "choose at least one item"));
		}
		Map<String, Integer> requested = new HashMap<>();
		List<Priced> priced = new ArrayList<>();
		for (int i = 0; i < request.lines().size(); i++) {
			NewReturn.Line line = request.lines().get(i);
			String at = "items[" + i + "]";
			ReturnOptions.Item item = options.item(line.sku());
			if (item == null) {
				invalid.add(new FieldViolation(at + ".sku", "is not in this order"));
				continue;
			}
			if (line.quantity() < 1) {
				invalid.add(new FieldViolation(at + ".quantity", "must be at least 1"));
				continue;
			}
			if (line.comment() != null && line.comment().length() > MAX_COMMENT) {
				invalid.add(new FieldViolation(at + ".comment", "must be at most " + MAX_COMMENT + " characters"));
			}
			if (line.reason() == ReturnReason.OTHER && (line.comment() == null || line.comment().isBlank())) {
				invalid.add(new FieldViolation(at + ".comment", "tell us the reason in your own words"));
			}
			List<String> types = photoTypes(line, at, invalid);
			if (!item.accepts(line.reason())) {
				refused.add(restricted(at + ".sku", item, line.reason()));
				continue;
			}
			int total = requested.merge(line.sku(), line.quantity(), Integer::sum);
			if (total > item.returnable()) {
				refused.add(new PolicyViolation(at + ".quantity", "already-returned",
						item.returnable() + " of " + item.ordered() + " can still be returned"));
				continue;
			}
			if (!photosFollow && options.photoReasons().contains(line.reason()) && line.photos().isEmpty()) {
				refused.add(new PolicyViolation(at + ".photos", "photos-required",
						"a photo is required for the reason " + line.reason()));
			}
			if (!item.resolutions().contains(line.resolution())) {
				refused.add(new PolicyViolation(at + ".resolution", "resolution",
						line.resolution() + " is not offered for this item"));
				continue;
			}
			ReturnOptions.Variant variant = null;
			if (line.resolution() == Resolution.EXCHANGE) {
				variant = item.exchangeVariants()
					.stream()
					.filter(candidate -> candidate.sku().equals(line.exchangeSku()))
					.findFirst()
					.orElse(null);
				if (variant == null) {
					refused.add(new PolicyViolation(at + ".exchangeSku", "exchange-variant",
							"choose one of the available variants of this product"));
					continue;
				}
			}
			priced.add(new Priced(line, item, variant, types));
		}
		boolean shipsBack = priced.stream().anyMatch(line -> line.line().resolution() != Resolution.KEEP_ITEM);
		if (shipsBack && priced.size() == request.lines().size()) {
			if (request.method() == null) {
				invalid.add(new FieldViolation("method", "choose how the items go back"));
			}
			else if (!options.methods().contains(request.method())) {
				refused.add(new PolicyViolation("method", "method", request.method() + " is not offered"));
			}
			else if (request.method() == ReturnMethod.STORE_DROP_OFF && policy.store(request.storeId()).isEmpty()) {
				invalid.add(new FieldViolation("storeId", "choose one of the shop's stores"));
			}
		}
		if (!invalid.isEmpty()) {
			return new Checked.Invalid(List.copyOf(invalid));
		}
		if (!refused.isEmpty()) {
			return new Checked.Refused(List.copyOf(refused));
		}
		return new Checked.Accepted(quote(policy, options, priced, request.method()), List.copyOf(priced));
	}

	private static PolicyViolation restricted(String field, ReturnOptions.Item item, ReturnReason reason) {
		Restriction restriction = item.restriction();
		String why = switch (restriction) {
			case Restriction.WindowClosed closed -> "the return window ended on " + closed.lastDay();
			case Restriction.FinalSale sale ->
				"final-sale item: returnable only if damaged or wrong, not for " + reason;
			case Restriction.CategoryExcluded excluded ->
				"the category " + excluded.category() + " is returnable only if damaged or wrong, not for " + reason;
			case Restriction.CountryNotServed country -> "the shop takes no returns from " + country.country();
			case Restriction.AllReturned all -> "every piece is already in a return";
			case Restriction.OrderCancelled cancelled -> "the order was cancelled";
			case null -> "not returnable";
		};
		return new PolicyViolation(field, restriction == null ? "not-returnable" : restriction.rule(), why);
	}

	private static List<String> photoTypes(NewReturn.Line line, String at, List<FieldViolation> invalid) {
		if (line.photos().size() > MAX_PHOTOS) {
			invalid.add(new FieldViolation(at + ".photos", "at most " + MAX_PHOTOS + " photos per item"));
			return List.of();
		}
		List<String> types = new ArrayList<>();
		for (int p = 0; p < line.photos().size(); p++) {
			byte[] bytes = line.photos().get(p).bytes();
			String type = dev.doorstep.runtime.ImageTypes.contentType(bytes).orElse(null);
			if (bytes.length > MAX_PHOTO_BYTES) {
				invalid.add(new FieldViolation(at + ".photos[" + p + "]",
						"is larger than " + (MAX_PHOTO_BYTES / (1024 * 1024)) + " MB"));
			}
			else if (type == null) {
				invalid.add(new FieldViolation(at + ".photos[" + p + "]", "must be a JPEG, PNG or WebP image"));
			}
			else {
				types.add(type);
			}
		}
		return types;
	}

	static ReturnQuote quote(ReturnPolicy policy, ReturnOptions options, List<Priced> lines,
			@Nullable ReturnMethod method) {
		BigDecimal itemsValue = BigDecimal.ZERO;
		BigDecimal refund = BigDecimal.ZERO;
		BigDecimal credit = BigDecimal.ZERO;
		BigDecimal exchangeDifference = BigDecimal.ZERO;
		boolean shipsBack = false;
		boolean onlyShopsFault = true;
		boolean onlyExchanges = true;
		BigDecimal reasonFee = BigDecimal.ZERO;
		for (Priced priced : lines) {
			NewReturn.Line line = priced.line();
			BigDecimal value = priced.item().unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
			itemsValue = itemsValue.add(value);
			switch (line.resolution()) {
				case REFUND, KEEP_ITEM -> refund = refund.add(value);
				case STORE_CREDIT -> credit = credit.add(value);
				case EXCHANGE -> {
					BigDecimal difference = priced.variant().difference().multiply(BigDecimal.valueOf(line.quantity()));
					exchangeDifference = exchangeDifference.add(difference);
					if (difference.signum() < 0) {
						refund = refund.add(difference.negate());
					}
				}
			}
			if (line.resolution() == Resolution.KEEP_ITEM) {
				continue;
			}
			shipsBack = true;
			onlyExchanges &= line.resolution() == Resolution.EXCHANGE;
			if (!line.reason().shopsFault()) {
				onlyShopsFault = false;
				reasonFee = reasonFee.max(policy.reasonFees().getOrDefault(line.reason(), BigDecimal.ZERO));
			}
		}
		BigDecimal bonus = credit.multiply(BigDecimal.valueOf(policy.storeCreditBonusPercent()))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		credit = credit.add(bonus);
		BigDecimal fee = BigDecimal.ZERO;
		if (shipsBack && !onlyShopsFault && !(onlyExchanges && policy.freeExchanges()) && method != null) {
			fee = methodFee(policy, options, method).add(reasonFee);
		}
		BigDecimal fromRefund = fee.min(refund);
		BigDecimal fromCredit = fee.subtract(fromRefund).min(credit);
		BigDecimal uncovered = fee.subtract(fromRefund).subtract(fromCredit);
		BigDecimal due = uncovered.add(exchangeDifference.max(BigDecimal.ZERO));
		return new ReturnQuote(options.currency(), money(itemsValue), money(refund.subtract(fromRefund)),
				money(credit.subtract(fromCredit)), money(bonus), money(exchangeDifference), money(fee), money(due),
				shipsBack);
	}

	private static BigDecimal methodFee(ReturnPolicy policy, ReturnOptions options, ReturnMethod method) {
		ReturnPolicy.Zone zone = policy.zoneOf(options.country()).orElse(null);
		if (zone != null && zone.methodFees().containsKey(method)) {
			return zone.methodFees().get(method);
		}
		return policy.methodFees().getOrDefault(method, BigDecimal.ZERO);
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	/** The reasons in the order the portal lists them. */
	public static Set<ReturnReason> reasons() {
		return new LinkedHashSet<>(List.of(ReturnReason.values()));
	}

}
