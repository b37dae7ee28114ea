package dev.doorstep.returns.label;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a carrier's returns API is asked for one return parcel.
 *
 * @param rma the return's RMA: DHL prints it on its label as the customer reference, so
 * the warehouse matches the parcel without opening it
 * @param from the shopper, who sends the parcel
 * @param to the shop's return address (carriers that take a receiver id instead, like
 * DHL, ignore it)
 * @param items how many items the parcel holds
 * @param weightGrams the expected weight, when the shop knows it
 * @param value the items' value, when known; needed by some carriers for insurance and
 * customs
 * @param currency ISO 4217 code of {@code value}
 * @param orderNumber the original order's number, for the carrier's own reference field
 */
public record CarrierLabelRequest(String rma, Address from, Address to, int items, @Nullable Integer weightGrams,
		@Nullable BigDecimal value, @Nullable String currency, @Nullable String orderNumber) {

	/** The request without weight, value or order number. */
	public static CarrierLabelRequest of(String rma, Address from, Address to, int items) {
		return new CarrierLabelRequest(rma, from, to, items, null, null, null, null);
	}

}
