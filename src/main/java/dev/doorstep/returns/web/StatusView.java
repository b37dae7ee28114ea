package dev.doorstep.returns.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import dev.doorstep.returns.ReturnHistoryEntry;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnPolicy;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.returns.ReturnStatus;
import dev.doorstep.shop.Shop;
import org.jspecify.annotations.Nullable;

/** A return's own page: where it stands, what to do next, and what the shopper gets. */
public record StatusView(String rma, String orderNumber, String status, String created, List<Step> steps,
		List<Line> lines, @Nullable String method, ReturnPolicy.@Nullable Store store, boolean showCode,
		boolean showLabel, @Nullable String refund, @Nullable String storeCredit, @Nullable String fee,
		@Nullable String refundIssued, @Nullable String rejectionReason, @Nullable String carrier,
		@Nullable String trackingNumber) {

	public record Step(String status, String when, String iso) {
	}

	public record Line(String name, @Nullable String variant, int quantity, String reason, String resolution,
			@Nullable String exchangeTo) {
	}

	static StatusView of(ReturnRequest ret, List<ReturnHistoryEntry> history, ReturnPolicy policy, Shop shop,
			Locale locale) {
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale);
		List<Step> steps = new java.util.ArrayList<>(history.stream().map(entry -> {
			ZonedDateTime local = entry.at().atZone(shop.timeZone());
			return new Step(entry.status().name(), when.format(local), local.toOffsetDateTime().toString());
		}).toList());
		// Newest first, as on the tracking page.
		java.util.Collections.reverse(steps);
		boolean waiting = ret.status() == ReturnStatus.APPROVED || ret.status() == ReturnStatus.IN_TRANSIT;
		boolean travels = ret.method() != null;
		String currency = ret.quote().currency();
		return new StatusView(ret.rma(), ret.orderNumber(), ret.status().name(),
				when.format(ret.createdAt().atZone(shop.timeZone())), List.copyOf(steps),
				ret.lines()
					.stream()
					.map(line -> new Line(line.name(), line.variant(), line.quantity(), line.reason().name(),
							line.resolution().name(), line.exchangeVariant()))
					.toList(),
				travels ? ret.method().name() : null, policy.store(ret.storeId()).orElse(null), waiting && travels,
				waiting && travels && ret.method() != ReturnMethod.STORE_DROP_OFF && policy.returnAddress() != null,
				amount(ret.quote().refund(), currency, locale), amount(ret.quote().storeCredit(), currency, locale),
				amount(ret.quote().fee(), currency, locale),
				ret.refundIssued() == null ? null : Money.format(ret.refundIssued(), currency, locale),
				ret.rejectionReason(), ret.carrier(), ret.trackingNumber());
	}

	private static @Nullable String amount(java.math.BigDecimal amount, String currency, Locale locale) {
		return amount.signum() > 0 ? Money.format(amount, currency, locale) : null;
	}

}
