package dev.doorstep.returns;

import java.util.Set;

import dev.doorstep.order.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * A filter over a shop's returns, newest first.
 *
 * @param olderThanDays only returns made more than this many days ago (the queue's "age"
 * filter)
 * @param search part of an RMA or order number
 */
public record ReturnQuery(Set<ReturnStatus> statuses, @Nullable ReturnReason reason, @Nullable Integer olderThanDays,
		@Nullable OrderId orderId, @Nullable String search, int page, int size) {

	public static final int MAX_SIZE = 100;

	public ReturnQuery {
		statuses = Set.copyOf(statuses);
		page = Math.max(page, 0);
		size = Math.clamp(size, 1, MAX_SIZE);
	}

}
