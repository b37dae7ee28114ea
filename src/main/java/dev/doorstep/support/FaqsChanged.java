package dev.doorstep.support;

import dev.doorstep.shop.ShopId;

/**
 * A shop's FAQ was edited (an entry added, changed, moved or deleted). Published in the
 * transaction that made the change; pages that keep the rendered FAQ drop it after
 * commit.
 */
public record FaqsChanged(ShopId shopId) {
}
