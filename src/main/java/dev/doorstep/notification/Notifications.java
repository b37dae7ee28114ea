package dev.doorstep.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.notification.internal.ChannelSenders;
import dev.doorstep.notification.internal.MessageRepository;
import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Reading what was planned and sent: for the API, the console and its dev mailbox.
 */
@Service
public class Notifications {

	private final MessageRepository messages;

	private final ChannelSenders senders;

	Notifications(MessageRepository messages, ChannelSenders senders) {
		this.messages = messages;
		this.senders = senders;
	}

	/** Newest first. */
	public List<Message> messages(ShopId shop, @Nullable OrderId order, @Nullable Channel channel, int limit,
			int offset) {
		return this.messages.recent(shop, order, channel, Math.min(limit, 500), Math.max(offset, 0));
	}

	public Optional<Message> message(ShopId shop, UUID id) {
		return this.messages.find(shop, id);
	}

	public List<Message.Event> history(ShopId shop, UUID id) {
		return this.messages.history(shop, id);
	}

	/**
	 * Whether this channel's messages land in the dev mailbox (no provider configured).
	 */
	public boolean devMailbox(Channel channel) {
		return this.senders.devMailbox(channel);
	}

}
