package dev.doorstep.embed.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded widgets.
 *
 * @param signingKey HMAC-SHA256 key of widget tokens ({@code DOORSTEP_EMBED_SIGNING_KEY},
 * at least 32 characters); empty (default) uses a random key per process, so tokens die
 * with a restart and are not valid on another instance: set it when running more than one
 * @param defaultTtl lifetime of a token when the shop asks for none; default 10 minutes
 * @param maxTtl longest lifetime a shop may ask for; default 1 hour
 * @param ordersShown most orders the widget lists, newest first; default 20
 * @param requestsPerToken widget API requests one token may make per minute; default 30
 * @param requestsPerClient widget API requests one client address may make per minute,
 * whatever the token; default 120
 * @param maxTrackedClients most tokens and addresses whose allowance is remembered;
 * default 100000
 * @param trustForwardedHeaders take the client address from the first
 * {@code X-Forwarded-For} entry and the requested host from {@code X-Forwarded-Host};
 * default false. Turn on only behind a proxy that sets both, or clients can pick a fresh
 * address per request and any shop's domain
 */
@ConfigurationProperties("doorstep.embed")
public record EmbedProperties(@DefaultValue("") String signingKey, @DefaultValue("10m") Duration defaultTtl,
		@DefaultValue("1h") Duration maxTtl, @DefaultValue("20") int ordersShown,
		@DefaultValue("30") int requestsPerToken, @DefaultValue("120") int requestsPerClient,
		@DefaultValue("100000") int maxTrackedClients, @DefaultValue("false") boolean trustForwardedHeaders) {
}
