package dev.doorstep.returns.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.doorstep.order.Order;
import dev.doorstep.returns.Resolution;
import dev.doorstep.returns.Restriction;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnOptions;
import dev.doorstep.returns.ReturnPolicy;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.shop.Shop;
import org.jspecify.annotations.Nullable;

/**
 * The "choose items" page: every order item with what is possible for it, or why not, in
 * the shopper's words; the ways back; and the order's earlier returns.
 */
public record ChooseView(String orderNumber, List<Item> items, List<String> methods, List<ReturnPolicy.Store> stores,
		List<Earlier> earlier, boolean anyReturnable, int bonusPercent) {

	/**
	 * An order item.
	 *
	 * @param restrictionKey message key of why it cannot go back ({@code rule.window}),
	 * or null
	 * @param reasons the reasons it may go back for
	 */
	public record Item(int index, String name, @Nullable String variant, @Nullable String imageUrl, String price,
			int returnable, int alreadyReturned, @Nullable String lastDay, @Nullable String restrictionKey,
			@Nullable String restrictionArg, List<String> reasons, List<String> resolutions, List<Variant> variants) {
	}

	/** A variant to exchange for, with what it costs more or less. */
	public record Variant(String sku, String label, @Nullable String more, @Nullable String less) {
	}

	/** An earlier return of the order, with a link to its page. */
	public record Earlier(String rma, String status, String href) {
	}

	static ChooseView of(Shop shop, Order order, ReturnOptions options, List<ReturnRequest> earlier, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < options.items().size(); i++) {
			ReturnOptions.Item item = options.items().get(i);
			Restriction restriction = item.restriction();
			String arg = switch (restriction) {
				case Restriction.WindowClosed closed -> day.format(closed.lastDay());
				case Restriction.CategoryExcluded excluded -> excluded.category();
				case Restriction.CountryNotServed country ->
					new Locale("", country.country()).getDisplayCountry(locale);
				case null, default -> null;
			};
			List<String> reasons = new ArrayList<>();
			for (ReturnReason reason : ReturnReason.values()) {
				if (item.accepts(reason)) {
					reasons.add(reason.name());
				}
			}
			List<String> resolutions = new ArrayList<>();
			for (Resolution resolution : Resolution.values()) {
				if (item.resolutions().contains(resolution)) {
					resolutions.add(resolution.name());
				}
			}
			List<Variant> variants = item.exchangeVariants()
				.stream()
				.map(variant -> new Variant(variant.sku(),
						variant.variant() != null ? variant.variant() : variant.name(),
						variant.difference().signum() > 0
								? Money.format(variant.difference(), options.currency(), locale) : null,
						variant.difference().signum() < 0
								? Money.format(variant.difference().negate(), options.currency(), locale) : null))
				.toList();
			items.add(new Item(i, item.name(), item.variant(), item.imageUrl(),
					Money.format(item.unitPrice(), options.currency(), locale), item.returnable(),
					item.alreadyReturned(), item.lastDay() == null ? null : day.format(item.lastDay()),
					restriction == null ? null : "returns.rule." + restriction.rule(), arg, reasons, resolutions,
					variants));
		}
		List<String> methods = new ArrayList<>();
		for (ReturnMethod method : ReturnMethod.values()) {
			if (options.methods().contains(method)) {
				methods.add(method.name());
			}
		}
		List<Earlier> before = earlier.stream()
			.map(ret -> new Earlier(ret.rma(), ret.status().name(),
					"/r/" + ret.token() + "?lang=" + locale.getLanguage()))
			.toList();
		return new ChooseView(order.orderNumber(), List.copyOf(items), List.copyOf(methods), options.stores(), before,
				options.anyReturnable(), options.storeCreditBonusPercent());
	}

}
