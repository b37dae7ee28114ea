package dev.doorstep.notification.channel.webpush;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web Push settings. Without a key pair, one is generated on first use and kept in the
 * database, so subscriptions stay valid across restarts; push is therefore always
 * configured.
 *
 * @param publicKey VAPID public key, base64url of the 65-byte uncompressed P-256 point
 * (the form {@code web-push generate-vapid-keys} prints); default empty (generated)
 * @param privateKey VAPID private key, base64url of the 32-byte scalar; default empty
 * (generated)
 * @param subject contact of the sender for push services, a {@code mailto:} or
 * {@code https:} URL; default {@code mailto:notifications@doorstep.local} (set a real one
 * in production: push services contact it when something goes wrong)
 * @param ttl how long a push service keeps a message for an offline browser; default 24
 * hours
 * @param timeout connect and request timeout towards a push service; default 10 seconds
 * @param allowHttpEndpoints whether subscriptions may name {@code http:} endpoints and
 * addresses inside this installation's network; default {@code false} (real push services
 * are all public HTTPS; tests use a local stub)
 * @param maxSubscriptionsPerOrder active browsers per order; default 10 (the endpoint is
 * public)
 */
@ConfigurationProperties("doorstep.notification.webpush")
public record WebPushProperties(@DefaultValue("") String publicKey, @DefaultValue("") String privateKey,
		@DefaultValue("mailto:notifications@doorstep.local") String subject, @DefaultValue("24h") Duration ttl,
		@DefaultValue("10s") Duration timeout, @DefaultValue("false") boolean allowHttpEndpoints,
		@DefaultValue("10") int maxSubscriptionsPerOrder) {
}
