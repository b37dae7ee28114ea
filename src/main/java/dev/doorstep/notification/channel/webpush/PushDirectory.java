package dev.doorstep.notification.channel.webpush;

import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.channel.RecipientDirectory;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Push goes to the order, not to one browser: the address {@code order:<id>} stands for
 * every browser subscribed to it when the message is sent. It is also the contact in the
 * consent ledger.
 */
@Component
class PushDirectory implements RecipientDirectory {

	private static final String PREFIX = "order:";

	private final PushSubscriptions subscriptions;

	PushDirectory(PushSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@Override
	public Channel channel() {
		return Channel.PUSH;
	}

	@Override
	public @Nullable String address(Order order) {
		return this.subscriptions.countActive(order.shopId(), order.id()) > 0 ? address(order.id()) : null;
	}

	static String address(OrderId order) {
		return PREFIX + order.value();
	}

	static @Nullable OrderId order(String address) {
		if (!address.startsWith(PREFIX)) {
			return null;
		}
		try {
			return new OrderId(UUID.fromString(address.substring(PREFIX.length())));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
