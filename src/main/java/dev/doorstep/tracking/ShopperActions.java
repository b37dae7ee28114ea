package dev.doorstep.tracking;

import java.util.List;
import java.util.Locale;

import dev.doorstep.order.Order;
import dev.doorstep.shipment.Shipment;

/**
 * What a shopper can do about a parcel besides watching it: return items, report a
 * problem. A module that offers such a step implements this as a bean; the tracking page
 * lists every bean's actions in one section. Asked on every view, not kept with the
 * rendered page: a return window closes or a claim becomes possible without the parcel
 * changing.
 */
public interface ShopperActions {

	/**
	 * The actions open for this parcel now, in the given language; empty when none apply.
	 * Called once per page view: keep it to a query or two.
	 */
	List<ShopperAction> actions(Shipment shipment, Order order, Locale locale);

}
