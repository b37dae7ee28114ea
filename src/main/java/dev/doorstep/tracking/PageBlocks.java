package dev.doorstep.tracking;

import java.util.Locale;
import java.util.Optional;

import dev.doorstep.order.Order;
import dev.doorstep.shipment.Shipment;

/**
 * An extra section of the tracking page from another module ("You may also like"). A
 * module that has one implements this as a bean; the page shows every bean's block below
 * the parcel's items. Asked on every view like {@link ShopperActions}.
 */
public interface PageBlocks {

	/**
	 * The block for this parcel in the given language, or empty to show nothing. Called
	 * once per page view: keep it to a query or two.
	 */
	Optional<PageBlock> block(Shipment shipment, Order order, Locale locale);

	/**
	 * The block's name for {@link PageModuleGate}s and experiments, e.g.
	 * {@code recommendations}; stable, as stored experiments refer to it.
	 */
	default String module() {
		return getClass().getSimpleName();
	}

}
