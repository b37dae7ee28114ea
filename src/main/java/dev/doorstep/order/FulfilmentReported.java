package dev.doorstep.order;

import java.time.Instant;
import java.util.List;

import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * The shop's platform reported that parcels of an order left: the shipment module turns
 * each tracking number into a tracked shipment. The order module cannot create shipments
 * itself (shipment depends on order), so it says what happened and shipment listens.
 *
 * @param platform the platform's name ({@code shopify}, {@code woocommerce})
 * @param fulfilmentId the platform's id of the fulfilment (or tracking entry)
 * @param carrierName the carrier as the platform names it ({@code DHL Express},
 * {@code ups}); {@code null} when the merchant gave none
 * @param trackingNumbers one or more parcels of this fulfilment
 * @param items the order's items in these parcels; empty means the whole order
 * @param at when the platform says the fulfilment was made
 */
public record FulfilmentReported(ShopId shop, OrderId order, String platform, String fulfilmentId,
		@Nullable String carrierName, List<String> trackingNumbers, List<Item> items, Instant at) {

	/** An order item (by SKU) and how many of it are in the fulfilment. */
	public record Item(String sku, int quantity) {
	}

}
