package dev.doorstep.notification.channel.whatsapp;

import java.io.IOException;
import java.time.Clock;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.channel.ChannelSender;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;

import org.springframework.stereotype.Component;

/**
 * WhatsApp template messages. Businesses may only start a conversation with an approved
 * template, so the rendered short text is not sent: the trigger's template is, with the
 * message's values as its body parameters. The message record shows the template and the
 * parameters, configured or not.
 */
@Component
public class WhatsAppSender implements ChannelSender {

	private final WhatsAppProperties properties;

	private final WhatsAppClient client;

	private final Clock clock;

	public WhatsAppSender(WhatsAppProperties properties, Clock clock) {
		this.properties = properties;
		this.client = new WhatsAppClient(properties);
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.WHATSAPP;
	}

	@Override
	public String provider() {
		return WhatsAppMapper.PROVIDER;
	}

	@Override
	public boolean configured() {
		return this.properties.sending();
	}

	@Override
	public String recordedText(OutgoingMessage message) {
		return WhatsAppMapper.describe(this.properties, message);
	}

	@Override
	public SendResult send(OutgoingMessage message) {
		if (!configured()) {
			return new SendResult.Rejected("WhatsApp is not configured");
		}
		try {
			return WhatsAppMapper.result(this.client.send(WhatsAppMapper.request(this.properties, message)),
					this.clock.instant());
		}
		catch (IOException ex) {
			return new SendResult.Retry("WhatsApp unreachable: " + ex.getClass().getSimpleName(), null);
		}
	}

}
