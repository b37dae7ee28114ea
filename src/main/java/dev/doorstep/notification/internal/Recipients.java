package dev.doorstep.notification.internal;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Consents;
import dev.doorstep.order.Order;
import org.jspecify.annotations.Nullable;

/**
 * The address of the order's shopper on a channel, normalized like the consent ledger
 * stores it, or {@code null} when the order has none for that channel.
 */
final class Recipients {

	private Recipients() {
	}

	static @Nullable String address(Channel channel, Order order) {
		String raw = switch (channel) {
			case EMAIL -> order.customer().email();
			case SMS, WHATSAPP -> order.customer().phone();
			// Push subscriptions, Messenger ids and the merchant's webhook come from
			// their channels' own registrations.
			case PUSH, MESSENGER, WEBHOOK -> null;
		};
		return raw == null || raw.isBlank() ? null : Consents.normalize(channel, raw);
	}

}
