package dev.doorstep.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.doorstep.order.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * What can be returned from an order now, item by item, under the shop's policy: the one
 * answer the portal, the API and the console all show.
 *
 * @param country the shopper's country the zone was chosen by, if known
 * @param zone the policy zone that applies, or null for the base rules
 * @param methods the ways back open to this shopper
 */
public record ReturnOptions(OrderId orderId, String orderNumber, String currency, @Nullable String country,
		@Nullable String zone, List<Item> items, Set<ReturnMethod> methods, List<ReturnPolicy.Store> stores,
		Set<ReturnReason> photoReasons, BigDecimal keepItemBelow, int storeCreditBonusPercent) {

	/**
	 * One order line.
	 *
	 * @param alreadyReturned pieces in earlier returns that were not rejected
	 * @param returnable pieces that can go back now (for any reason when
	 * {@code restriction} is null, else only for the shop's fault)
	 * @param lastDay the last day of the return window, in the shop's time zone
	 * @param restriction why the item cannot go back, or only for the shop's fault; null
	 * when nothing stands in the way
	 * @param resolutions what the shopper may choose for it
	 * @param exchangeVariants the variants it can be exchanged for, with the price
	 * difference per piece (positive: the shopper pays)
	 */
	public record Item(String sku, String name, @Nullable String variant, @Nullable String category,
			@Nullable String imageUrl, BigDecimal unitPrice, int ordered, int alreadyReturned, int returnable,
			@Nullable LocalDate lastDay, @Nullable Restriction restriction, Set<Resolution> resolutions,
			List<Variant> exchangeVariants) {

		/** Pieces can go back for some reason. */
		public boolean canReturn() {
			return this.returnable > 0;
		}

		public boolean accepts(ReturnReason reason) {
			return canReturn()
					&& (this.restriction == null || (this.restriction.faultReasonsOnly() && reason.shopsFault()));
		}

	}

	/** A variant to exchange for. */
	public record Variant(String sku, String name, @Nullable String variant, BigDecimal price, BigDecimal difference) {
	}

	public boolean anyReturnable() {
		return this.items.stream().anyMatch(Item::canReturn);
	}

	public @Nullable Item item(String sku) {
		return this.items.stream().filter(item -> item.sku().equals(sku)).findFirst().orElse(null);
	}

}
