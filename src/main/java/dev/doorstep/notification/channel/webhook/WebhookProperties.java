package dev.doorstep.notification.channel.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the merchant webhook channel. The URL and secret are per shop
 * ({@code PUT /api/v1/notifications/webhook}); the channel needs no credentials of its
 * own and is always configured.
 *
 * @param timeout connect and response timeout; a slower merchant endpoint is retried
 * later; default 10 seconds
 * @param allowHttp whether merchants may register {@code http:} URLs and addresses inside
 * this installation's network (for a local test stub); default {@code false} (the body
 * holds order data, and internal addresses must not be reachable from outside)
 */
@ConfigurationProperties("doorstep.notification.webhook")
public record WebhookProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("false") boolean allowHttp) {
}
