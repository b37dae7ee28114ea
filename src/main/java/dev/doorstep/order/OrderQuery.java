package dev.doorstep.order;

import org.jspecify.annotations.Nullable;

/**
 * A filter over a shop's orders, newest first.
 *
 * @param orderNumber exact order number, ignoring case
 * @param status only orders in this status
 * @param text free text matched against order number, external id and the shopper's name
 * or email (console)
 * @param page zero-based page
 * @param size page size, 1 to 100
 */
public record OrderQuery(@Nullable String orderNumber, @Nullable OrderStatus status, @Nullable String text, int page,
		int size) {

	public static final int MAX_SIZE = 100;

	public long offset() {
		return (long) this.page * this.size;
	}

}
