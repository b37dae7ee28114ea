package dev.doorstep.shop;

/**
 * A shop was created.
 */
public record ShopCreated(ShopId shopId, String slug) {
}
