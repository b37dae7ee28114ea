package dev.doorstep.shop;

/**
 * A shop's settings (name, brand, languages, time zone, support contacts) changed: pages
 * kept with the old ones are stale.
 */
public record ShopUpdated(ShopId shopId) {
}
