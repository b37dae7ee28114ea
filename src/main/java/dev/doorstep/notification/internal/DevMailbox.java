package dev.doorstep.notification.internal;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.channel.ChannelSender;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;

/**
 * Where messages go when their channel has no provider: nowhere outside. The message row
 * already holds the rendered content; the console's dev mailbox shows it as the recipient
 * would see it.
 */
final class DevMailbox implements ChannelSender {

	static final String PROVIDER = "devmail";

	private final Channel channel;

	DevMailbox(Channel channel) {
		this.channel = channel;
	}

	@Override
	public Channel channel() {
		return this.channel;
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
		return new SendResult.Sent(PROVIDER, "devmail-" + message.id());
	}

}
