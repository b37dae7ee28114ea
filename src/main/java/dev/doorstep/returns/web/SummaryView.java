package dev.doorstep.returns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.doorstep.order.Order;
import dev.doorstep.returns.NewReturn;
import dev.doorstep.returns.ReturnOptions;
import dev.doorstep.returns.ReturnPolicy;
import dev.doorstep.returns.ReturnQuote;
import org.jspecify.annotations.Nullable;

/** The summary step: what goes back, how, what the shopper gets, and the photo fields. */
public record SummaryView(String orderNumber, List<Line> lines, @Nullable String method,
		ReturnPolicy.@Nullable Store store, String itemsValue, @Nullable String fee, @Nullable String refund,
		@Nullable String storeCredit, @Nullable String bonus, @Nullable String exchangeMore,
		@Nullable String exchangeLess, @Nullable String amountDue, boolean shipsBack) {

	/**
	 * A line to return.
	 *
	 * @param index the order item's index, which names its form fields
	 */
	public record Line(int index, String name, @Nullable String variant, int quantity, String reason,
			@Nullable String comment, String resolution, @Nullable String exchangeTo, boolean photosRequired) {
	}

	static SummaryView of(ReturnOptions options, PortalForm.Parsed parsed, ReturnQuote quote, ReturnPolicy policy,
			Order order, Locale locale) {
		List<Line> lines = new ArrayList<>();
		for (int l = 0; l < parsed.request().lines().size(); l++) {
			NewReturn.Line line = parsed.request().lines().get(l);
			int index = parsed.itemOfLine().get(l);
			ReturnOptions.Item item = options.items().get(index);
			String exchangeTo = item.exchangeVariants()
				.stream()
				.filter(variant -> variant.sku().equals(line.exchangeSku()))
				.map(variant -> variant.variant() != null ? variant.variant() : variant.name())
				.findFirst()
				.orElse(null);
			lines
				.add(new Line(index, item.name(), item.variant(), line.quantity(), line.reason().name(), line.comment(),
						line.resolution().name(), exchangeTo, options.photoReasons().contains(line.reason())));
		}
		String currency = quote.currency();
		return new SummaryView(order.orderNumber(), List.copyOf(lines),
				quote.shipsBack() && parsed.request().method() != null ? parsed.request().method().name() : null,
				parsed.request().method() == dev.doorstep.returns.ReturnMethod.STORE_DROP_OFF
						? policy.store(parsed.request().storeId()).orElse(null) : null,
				Money.format(quote.itemsValue(), currency, locale), positive(quote.fee(), currency, locale),
				positive(quote.refund(), currency, locale), positive(quote.storeCredit(), currency, locale),
				positive(quote.storeCreditBonus(), currency, locale),
				positive(quote.exchangeDifference(), currency, locale),
				positive(quote.exchangeDifference().negate(), currency, locale),
				positive(quote.amountDue(), currency, locale), quote.shipsBack());
	}

	private static @Nullable String positive(java.math.BigDecimal amount, String currency, Locale locale) {
		return amount.signum() > 0 ? Money.format(amount, currency, locale) : null;
	}

}
