package dev.doorstep.notification.channel.webhook;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.doorstep.notification.Channel;
import dev.doorstep.runtime.OutboundUrls;
import dev.doorstep.notification.channel.ChannelSender;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;

import org.springframework.stereotype.Component;

/**
 * Delivers a message to the shop's webhook: 2xx is sent, 4xx refused for good (except 408
 * and 429), 5xx and timeouts are retried with the engine's backoff. The URL and secret in
 * force at sending time are used, so a merchant who rotates the secret is not sent stale
 * signatures.
 */
@Component
class WebhookSender implements ChannelSender {

	static final String PROVIDER = "webhook";

	private final WebhookEndpoints endpoints;

	private final WebhookClient client;

	private final WebhookProperties properties;

	private final Clock clock;

	WebhookSender(WebhookEndpoints endpoints, WebhookClient client, WebhookProperties properties, Clock clock) {
		this.endpoints = endpoints;
		this.client = client;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.WEBHOOK;
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public boolean configured() {
		return true;
	}

	@Override
	public SendResult send(OutgoingMessage message) {
		Optional<WebhookEndpoints.Endpoint> endpoint = this.endpoints.find(message.shop());
		if (endpoint.isEmpty()) {
			return new SendResult.Rejected("the shop has no webhook URL");
		}
		URI url = URI.create(endpoint.get().url());
		OutboundUrls.Reach reach = this.properties.allowHttp() ? OutboundUrls.Reach.PUBLIC
				: OutboundUrls.reach(url.getHost());
		if (reach == OutboundUrls.Reach.INTERNAL) {
			return new SendResult.Rejected("the webhook URL resolves inside this installation's network");
		}
		if (reach == OutboundUrls.Reach.UNRESOLVED) {
			return new SendResult.Retry("the webhook host does not resolve", null);
		}
		Instant now = this.clock.instant();
		byte[] body = WebhookMapper.body(message, now);
		String signature = WebhookMapper.signature(endpoint.get().secret(), now.getEpochSecond(), body);
		try {
			WebhookClient.Response response = this.client.post(url, body, signature, message.id().toString());
			int status = response.status();
			if (status >= 200 && status < 300) {
				return new SendResult.Sent(PROVIDER, message.id().toString());
			}
			if (status == 408 || status == 429 || status >= 500) {
				return new SendResult.Retry("webhook answered " + status,
						OutboundUrls.retryAfter(response.retryAfter().orElse(null)));
			}
			return new SendResult.Rejected("webhook answered " + status);
		}
		catch (IOException ex) {
			return new SendResult.Retry("webhook unreachable: " + ex.getClass().getSimpleName(), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new SendResult.Retry("interrupted", null);
		}
	}

}
