package dev.doorstep.notification.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.channel.ChannelSender;

import org.springframework.stereotype.Component;

/**
 * The sender per channel: the configured provider, or the dev mailbox when none is.
 */
@Component
public class ChannelSenders {

	private final Map<Channel, ChannelSender> byChannel = new EnumMap<>(Channel.class);

	ChannelSenders(List<ChannelSender> senders) {
		for (ChannelSender sender : senders) {
			if (!sender.configured()) {
				continue;
			}
			ChannelSender previous = this.byChannel.put(sender.channel(), sender);
			if (previous != null) {
				throw new IllegalStateException("Two configured providers for " + sender.channel() + ": "
						+ previous.provider() + " and " + sender.provider());
			}
		}
		for (Channel channel : Channel.values()) {
			this.byChannel.putIfAbsent(channel, new DevMailbox(channel));
		}
	}

	public ChannelSender forChannel(Channel channel) {
		return this.byChannel.get(channel);
	}

	/** Whether messages on this channel go to the dev mailbox. */
	public boolean devMailbox(Channel channel) {
		return this.byChannel.get(channel) instanceof DevMailbox;
	}

}
