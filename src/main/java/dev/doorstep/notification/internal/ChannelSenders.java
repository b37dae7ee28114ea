package dev.doorstep.notification.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.channel.ChannelSender;
import dev.doorstep.notification.channel.OutgoingMessage;

import org.springframework.stereotype.Component;

/**
 * The sender per channel: the configured provider, or the dev mailbox when none is.
 */
@Component
public class ChannelSenders {

	private final Map<Channel, ChannelSender> byChannel = new EnumMap<>(Channel.class);

	/**
	 * The provider whose format a channel's messages are recorded in, configured or not.
	 */
	private final Map<Channel, ChannelSender> formats = new EnumMap<>(Channel.class);

	ChannelSenders(List<ChannelSender> senders) {
		for (ChannelSender sender : senders) {
			if (!sender.configured()) {
				this.formats.putIfAbsent(sender.channel(), sender);
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
			if (!devMailbox(channel) || !this.formats.containsKey(channel)) {
				this.formats.put(channel, this.byChannel.get(channel));
			}
		}
	}

	public ChannelSender forChannel(Channel channel) {
		return this.byChannel.get(channel);
	}

	/**
	 * The body to record for a message: the sending provider's form of it, or, in the dev
	 * mailbox, the form the channel's (unconfigured) provider would send.
	 */
	public String recordedText(OutgoingMessage message) {
		return this.formats.get(message.channel()).recordedText(message);
	}

	/** Whether messages on this channel go to the dev mailbox. */
	public boolean devMailbox(Channel channel) {
		return this.byChannel.get(channel) instanceof DevMailbox;
	}

}
