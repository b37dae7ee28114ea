package dev.doorstep.tracking;

import dev.doorstep.order.Order;
import dev.doorstep.shipment.Shipment;

/**
 * Decides whether a parcel's page shows a {@link PageBlocks} module (the experiment
 * module implements it to test a page with and without a block; tracking must not depend
 * on it). Every gate must agree for the block to show; with no gate every block shows.
 * Asked when the page's extras are worked out (kept for a while per parcel), so an answer
 * should be cheap and the same for the same shopper.
 */
public interface PageModuleGate {

	/**
	 * Whether the page of {@code shipment} shows the block of {@code module} (a
	 * {@link PageBlocks#module()}).
	 */
	boolean shows(String module, Shipment shipment, Order order);

}
