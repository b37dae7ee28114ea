package dev.doorstep.order;

/**
 * What placing an order did: the same external id again creates nothing new.
 */
public sealed interface PlaceOrderResult {

	Order order();

	/** A new order was stored. */
	record Created(Order order) implements PlaceOrderResult {
	}

	/** The order existed and some fields changed. */
	record Updated(Order order) implements PlaceOrderResult {
	}

	/** The order existed exactly as sent. */
	record Unchanged(Order order) implements PlaceOrderResult {
	}

}
