package dev.doorstep.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * One event on its way to one subscription, with the attempts so far (newest last).
 *
 * @param eventId the CloudEvent id, the same on every attempt and replay
 * @param replayOf the delivery this one repeats, null for the original
 */
public record Delivery(ShopId shop, UUID id, UUID subscriptionId, UUID eventId, String eventType, Status status,
		int attempts, Instant createdAt, Instant giveUpAt, @Nullable Instant nextAttemptAt,
		@Nullable Integer lastStatusCode, @Nullable String lastError, @Nullable Instant finishedAt,
		@Nullable UUID replayOf, List<Attempt> log) {

	/** Where a delivery stands. */
	public enum Status {

		/** Waiting for its next attempt. */
		PENDING,
		/** The endpoint answered 2xx. */
		DELIVERED,
		/** Given up: refused for good, or the retry window passed. */
		FAILED

	}

	/**
	 * One POST.
	 *
	 * @param statusCode null when no response came (timeout, refused address)
	 * @param nextAttemptAt null when this was the last attempt
	 */
	public record Attempt(int number, Instant attemptedAt, @Nullable Integer statusCode, long durationMs,
			@Nullable String error, @Nullable Instant nextAttemptAt) {
	}

}
