package dev.doorstep.notification.channel.webhook;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.channel.RecipientDirectory;
import dev.doorstep.order.Order;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The merchant's webhook URL is the "address" of every order of the shop.
 */
@Component
class WebhookDirectory implements RecipientDirectory {

	private final WebhookEndpoints endpoints;

	WebhookDirectory(WebhookEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	public Channel channel() {
		return Channel.WEBHOOK;
	}

	@Override
	public @Nullable String address(Order order) {
		return this.endpoints.find(order.shopId()).map(WebhookEndpoints.Endpoint::url).orElse(null);
	}

}
