package dev.doorstep.notification.channel.messenger;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.channel.RecipientDirectory;
import dev.doorstep.order.Order;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The page-scoped id of the shopper who opened Messenger from the order's tracking page.
 */
@Component
class MessengerDirectory implements RecipientDirectory {

	private final MessengerRecipients recipients;

	MessengerDirectory(MessengerRecipients recipients) {
		this.recipients = recipients;
	}

	@Override
	public Channel channel() {
		return Channel.MESSENGER;
	}

	@Override
	public @Nullable String address(Order order) {
		return this.recipients.psid(order.shopId(), order.id()).orElse(null);
	}

}
