package dev.doorstep.order;

/**
 * Where an order stands, from the shopper's point of view. Shipping states follow the
 * order's parcels; {@code CANCELLED} comes from the shop.
 */
public enum OrderStatus {

	PLACED, PARTIALLY_SHIPPED, SHIPPED, PARTIALLY_DELIVERED, DELIVERED, CANCELLED

}
