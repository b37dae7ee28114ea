package dev.doorstep.notification.channel;

import dev.doorstep.notification.Channel;

/**
 * A provider for one channel. Implementations are Spring beans in
 * {@code notification/channel/<name>/}; {@link #configured()} tells whether credentials
 * are set, so unconfigured channels fall back to the dev mailbox.
 */
public interface ChannelSender {

	Channel channel();

	/** The provider's name as stored on messages, e.g. {@code smtp}, {@code twilio}. */
	String provider();

	boolean configured();

	/**
	 * The body as the message record and the dev mailbox show it: by default the rendered
	 * text. Providers that send something else (WhatsApp sends an approved template with
	 * parameters) describe that instead. Asked even when the provider is not configured,
	 * so the dev mailbox shows what would go out.
	 */
	default String recordedText(OutgoingMessage message) {
		return message.text();
	}

	/**
	 * Sends one message. Must not throw for expected provider answers; I/O problems are
	 * {@link SendResult.Retry}.
	 */
	SendResult send(OutgoingMessage message);

}
