package dev.doorstep.notification.channel;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What a provider said to a send. Expected outcomes are values.
 */
public sealed interface SendResult {

	/** Accepted by the provider, with its id for receipts. */
	record Sent(String provider, String providerId) implements SendResult {
	}

	/** Refused for good (invalid number, blocked recipient): retrying will not help. */
	record Rejected(String reason) implements SendResult {
	}

	/**
	 * A transient failure; try again, after {@code retryAfter} when the provider says.
	 */
	record Retry(String reason, @Nullable Duration retryAfter) implements SendResult {
	}

}
