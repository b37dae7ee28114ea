package dev.doorstep.insert;

import dev.doorstep.shop.ShopId;

/** A code was given to an order: the shop's checkout must accept it from now on. */
public record DiscountCodeAssigned(ShopId shopId, DiscountCode code) {
}
