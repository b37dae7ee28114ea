package dev.doorstep.webhook.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbound webhooks ({@code doorstep.webhook.*}).
 *
 * @param timeout connect and response timeout of one POST; a slower endpoint counts as
 * failed and is retried; default 10 seconds
 * @param allowLocalEndpoints whether subscriptions may use {@code http:} and addresses
 * inside this installation's network (a local test receiver); default {@code false}, as
 * events carry order data and internal services must not be reachable from outside
 * @param dispatchEnabled whether the db-scheduler task sends due deliveries; tests turn
 * it off and send themselves; default {@code true}
 * @param dispatchInterval pause between two dispatch rounds; default 5 seconds
 * @param batchSize deliveries claimed per round; default 100
 * @param concurrency POSTs in flight at once within a round; default 8
 * @param lease how long a claimed delivery is held before another round may take it
 * (longer than {@code timeout}); default 2 minutes
 * @param firstRetry delay before the first retry, doubling per attempt; default 30
 * seconds
 * @param maxRetryDelay longest pause between two attempts; default 6 hours
 * @param retryWindow how long after the event a delivery is still tried before it is
 * FAILED; default 3 days
 */
@ConfigurationProperties("doorstep.webhook")
public record WebhookProperties(@DefaultValue("10s") Duration timeout,
		@DefaultValue("false") boolean allowLocalEndpoints, @DefaultValue("true") boolean dispatchEnabled,
		@DefaultValue("5s") Duration dispatchInterval, @DefaultValue("100") int batchSize,
		@DefaultValue("8") int concurrency, @DefaultValue("2m") Duration lease,
		@DefaultValue("30s") Duration firstRetry, @DefaultValue("6h") Duration maxRetryDelay,
		@DefaultValue("3d") Duration retryWindow) {
}
